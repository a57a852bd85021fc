using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Credits;

[RegisterCommands("credits")]
internal sealed class TopUpStatusCommand
{
    /// <summary>Show the status of a credit top-up.</summary>
    public Task TopUpStatus() => NotAvailable.Fail("credits top-up-status");
}
