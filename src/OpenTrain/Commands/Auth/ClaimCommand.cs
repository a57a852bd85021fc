using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Auth;

[RegisterCommands("auth")]
internal sealed class ClaimCommand
{
    /// <summary>Email the human owner an invitation to claim the account.</summary>
    public Task Claim() => NotAvailable.Fail("auth claim");
}
