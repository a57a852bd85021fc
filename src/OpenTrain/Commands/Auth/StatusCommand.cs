using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Auth;

[RegisterCommands("auth")]
internal sealed class StatusCommand
{
    /// <summary>Show the authenticated user, token scopes and account.</summary>
    [Command("status|whoami")]
    public Task Status() => NotAvailable.Fail("auth status");
}
