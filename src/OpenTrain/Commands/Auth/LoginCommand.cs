using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Auth;

[RegisterCommands("auth")]
internal sealed class LoginCommand
{
    /// <summary>Verify a personal API token and save it.</summary>
    public Task Login() => NotAvailable.Fail("auth login");
}
