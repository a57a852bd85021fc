namespace OpenTrain.Cli;

/// <summary>The real process streams, the only place that reads <see cref="Console"/>.</summary>
internal static class SystemConsole
{
    public static Terminal CreateTerminal(Func<string, string?> env)
    {
        var utf8 = new System.Text.UTF8Encoding(false);
        var stdoutStream = Console.OpenStandardOutput();
        var stdout = new StreamWriter(stdoutStream, utf8) { AutoFlush = true, NewLine = "\n" };
        var stderr = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true, NewLine = "\n" };
        var stdin = new StreamReader(Console.OpenStandardInput(), utf8);
        return new Terminal(stdout, stderr, stdin,
            isStdoutTty: !Console.IsOutputRedirected,
            isStderrTty: !Console.IsErrorRedirected,
            noColor: !string.IsNullOrEmpty(env("NO_COLOR")),
            outputStream: stdoutStream);
    }
}
