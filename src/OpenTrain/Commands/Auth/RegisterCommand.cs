using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Auth;

[RegisterCommands("auth")]
internal sealed class RegisterCommand
{
    /// <summary>Register a new agent identity and save its credentials.</summary>
    public Task Register() => NotAvailable.Fail("auth register");
}
