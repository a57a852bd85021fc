using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Approvals;

[RegisterCommands("approvals")]
internal sealed class GetCommand
{
    /// <summary>Show the status of a human approval.</summary>
    public Task Get() => NotAvailable.Fail("approvals get");
}
