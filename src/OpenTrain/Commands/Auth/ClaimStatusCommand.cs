using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Auth;

[RegisterCommands("auth")]
internal sealed class ClaimStatusCommand
{
    /// <summary>Check (or wait for) the claim and save the post-claim token.</summary>
    public Task ClaimStatus() => NotAvailable.Fail("auth claim-status");
}
