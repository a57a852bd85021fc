using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Milestones;

[RegisterCommands("milestones")]
internal sealed class ApproveCommand
{
    /// <summary>Request release of a funded milestone; a human confirms it.</summary>
    public Task Approve() => NotAvailable.Fail("milestones approve");
}
