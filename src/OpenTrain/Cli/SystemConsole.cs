using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>The real process streams, the only place that reads <see cref="Console"/>.</summary>
internal static class SystemConsole
{
    public static Terminal CreateTerminal(Func<string, string?> env)
    {
        // .NET's console, on its first write or size query, sends the terminfo keypad_xmit string
        // (ESC[?1h ESC=) to the terminal and never sends keypad_local back (dotnet/corefx#32805):
        // every run would leave the user's shell with cursor keys in application mode. Without TERM
        // it finds no terminfo entry and sends nothing. opentrain reads TERM only for TERM=dumb (no styling).
        var dumbTerminal = env(Config.EnvironmentNames.Term) == "dumb";
        Environment.SetEnvironmentVariable("TERM", null);
        var utf8 = new System.Text.UTF8Encoding(false);
        // On Linux and macOS stdout is descriptor 1 itself, written with write(2), so that a reader that
        // went away (`| head`) is noticed (see UnixStandardOutput); it is looked at first, before opening
        // stdin could fill a closed descriptor 1 with a copy of stdin.
        var unixStdout = OperatingSystem.IsWindows() ? null : UnixStandardOutput.Open() ?? new ClosedStream();
        // Opening a standard stream duplicates its descriptor, and a duplicate takes the lowest free
        // number: opened in the order 0, 2, 1, a closed stdin or stderr is never replaced by a copy of stdout.
        var stdin = new StreamReader(Open(Console.OpenStandardInput, Stream.Null), utf8);
        var stderr = new StreamWriter(Open(Console.OpenStandardError, Stream.Null), utf8) { AutoFlush = true, NewLine = "\n" };
        // Windows: .NET's console stream reports nothing when a pipe's reader has gone (a documented limitation, docs/decisions.md).
        var stdoutStream = unixStdout ?? Open(Console.OpenStandardOutput, new ClosedStream());
        var stdout = new StreamWriter(stdoutStream, utf8) { AutoFlush = true, NewLine = "\n" };
        return new Terminal(stdout, stderr, stdin,
            isStdoutTty: !Console.IsOutputRedirected,
            isStderrTty: !Console.IsErrorRedirected,
            noColor: dumbTerminal || !string.IsNullOrEmpty(env(Config.EnvironmentNames.NoColor)),
            outputStream: stdoutStream,
            width: Width(env),
            watchOutput: unixStdout is null or ClosedStream ? null : UnixStandardOutput.Watch,
            readHiddenLine: Console.IsInputRedirected ? null : ReadHiddenLine);
    }

    /// <summary>
    /// One line typed at the terminal, never echoed: <see cref="Console.ReadKey(bool)"/> intercepts every key (the
    /// console turns the terminal's echo off while it reads, and .NET restores the terminal when the process exits).
    /// Enter submits; Backspace deletes; Ctrl-D on an empty line ends it; other control keys are ignored.
    /// </summary>
    private static string? ReadHiddenLine()
    {
        var line = new System.Text.StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter || key.KeyChar is '\r' or '\n') return line.ToString();
            if (key.Key == ConsoleKey.Backspace || key.KeyChar is '\b' or '\u007f')
            {
                if (line.Length > 0) line.Length--;
            }
            else if (key.KeyChar == '\u0004' && line.Length == 0) return null;
            else if (!char.IsControl(key.KeyChar) && key.KeyChar != '\0') line.Append(key.KeyChar);
        }
    }

    /// <summary>The terminal's own width; when it reports none (a pty nobody sized, e.g. under <c>script</c>), COLUMNS; else 80.</summary>
    private static int Width(Func<string, string?> env)
    {
        if (Console.IsOutputRedirected) return 80;
        try
        {
            if (Console.WindowWidth is > 20 and var columns) return columns;
        }
        catch (Exception ex) when (ex is IOException or InvalidOperationException or PlatformNotSupportedException)
        {
        }
        return int.TryParse(env(Config.EnvironmentNames.Columns), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var fromEnv)
            && fromEnv > 20 ? fromEnv : 80;
    }

    /// <summary>A stream the parent closed (<c>&gt;&amp;-</c>) cannot even be opened: stand in for it instead of crashing.</summary>
    private static Stream Open(Func<Stream> open, Stream whenClosed)
    {
        try
        {
            return open();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return whenClosed;
        }
    }

    /// <summary>
    /// Standard output that was closed before we started: every write fails, as it would on the real descriptor, and
    /// with the same words as a write that meets EBADF (which of the two a <c>&gt;&amp;-</c> meets depends on whether
    /// the runtime has opened a file into descriptor 1 before our probe).
    /// </summary>
    private sealed class ClosedStream : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => 0;
        public override long Position { get => 0; set { } }
        public override void Flush() { }
        public override int Read(byte[] buffer, int offset, int count) => 0;
        public override long Seek(long offset, SeekOrigin origin) => 0;
        public override void SetLength(long value) { }
        public override void Write(byte[] buffer, int offset, int count) => throw new IOException("it is closed or not open for writing");
    }
}
