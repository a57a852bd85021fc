using OpenTrain.Cli;
using OpenTrain.Toolkit;

var context = new CommandContext(SystemConsole.CreateTerminal(Environment.GetEnvironmentVariable), Environment.GetEnvironmentVariable);
int exitCode;
try
{
    exitCode = await CliApp.RunAsync(args, context);
}
catch (Exception ex)
{
    // What the router writes itself (help, version) fails outside the command filter: same rendering, never a trace.
    exitCode = ErrorRenderer.Report(ex, context, CancellationToken.None);
}
// The framework sets Environment.ExitCode itself only when it abandons a command after Ctrl-C.
return exitCode != ExitCodes.Success ? exitCode : Environment.ExitCode;
