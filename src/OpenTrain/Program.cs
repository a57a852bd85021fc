using OpenTrain.Cli;

var context = new CommandContext(SystemConsole.CreateTerminal(Environment.GetEnvironmentVariable), Environment.GetEnvironmentVariable);
var exitCode = await CliApp.RunAsync(args, context);
// The framework sets Environment.ExitCode itself only when it abandons a command after Ctrl-C.
return exitCode != ExitCodes.Success ? exitCode : Environment.ExitCode;
