using OpenTrain.Cli;

namespace OpenTrain.Tests.Support;

/// <summary>What one in-process run of opentrain produced.</summary>
internal sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>
/// Runs the real argv pipeline in-process (router, framework, error filter) against a test
/// terminal and a private environment, so runs can go in parallel.
/// </summary>
internal static class CliRunner
{
    public static async Task<CliResult> RunAsync(string[] args, IReadOnlyDictionary<string, string>? env = null, string stdin = "",
        Action<CommandContext>? configure = null, CancellationToken cancellationToken = default)
    {
        var terminal = new TestTerminal();
        var variables = env ?? new Dictionary<string, string>();
        var context = new CommandContext(terminal.Build(stdin), name => variables.GetValueOrDefault(name));
        configure?.Invoke(context);
        var code = await CliApp.RunAsync(args, context, cancellationToken);
        return new CliResult(code, terminal.Out.ToString(), terminal.Err.ToString());
    }
}
