using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Payments;

[RegisterCommands("payments")]
internal sealed class PendingCommand
{
    /// <summary>List pending payments.</summary>
    public Task Pending() => NotAvailable.Fail("payments pending");
}
