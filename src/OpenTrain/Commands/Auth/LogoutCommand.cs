using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Auth;

[RegisterCommands("auth")]
internal sealed class LogoutCommand
{
    /// <summary>Delete the saved credentials (does not revoke the token).</summary>
    public Task Logout() => NotAvailable.Fail("auth logout");
}
