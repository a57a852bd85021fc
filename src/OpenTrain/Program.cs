using OpenTrain.Cli;
using OpenTrain.Toolkit;

var context = new CommandContext(SystemConsole.CreateTerminal(Environment.GetEnvironmentVariable), Environment.GetEnvironmentVariable);
InterruptGuard.Install(code =>
{
    try { context.Terminal.Out.Flush(); context.Terminal.Err.Flush(); }
    catch (Exception) { } // a reader that is gone, or the command still writing: the process ends either way
    Environment.Exit(code);
});
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
// The framework sets Environment.ExitCode itself only when it fails outside our filter.
return exitCode != ExitCodes.Success ? exitCode : Environment.ExitCode;
