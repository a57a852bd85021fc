using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Credits;

[RegisterCommands("credits")]
internal sealed class TopUpCommand
{
    /// <summary>Create a credit top-up checkout link for a human to pay.</summary>
    public Task TopUp() => NotAvailable.Fail("credits top-up");
}
