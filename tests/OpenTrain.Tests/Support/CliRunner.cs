using OpenTrain.Cli;
using OpenTrain.Toolkit;

namespace OpenTrain.Tests.Support;

/// <summary>What one in-process run of opentrain produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr)
{
    public string AllOutput => Stdout + Stderr;
}

/// <summary>
/// Runs the real argv pipeline in-process (router, framework, error filter) against a test
/// terminal and a private environment, so runs can go in parallel.
/// </summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(string[] args, IReadOnlyDictionary<string, string>? env = null, string stdin = "",
        TimeProvider? time = null, Func<HttpMessageHandler>? transport = null, bool tty = false, CancellationToken cancellationToken = default)
    {
        var terminal = new TestTerminal();
        // Without an environment, point the config folder nowhere so a test never touches real credentials.
        var variables = env ?? TestEnvironment.Isolated();
        var context = new CommandContext(terminal.Build(stdin, tty), name => variables.GetValueOrDefault(name), time) { Transport = transport };
        var code = await CliApp.RunAsync(args, context, cancellationToken);
        var result = new CliResult(code, terminal.Stdout, terminal.Err.ToString());
        SecretScanner.Check(args, result.AllOutput);
        return result;
    }
}
