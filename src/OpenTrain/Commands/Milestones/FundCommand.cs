using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Milestones;

[RegisterCommands("milestones")]
internal sealed class FundCommand
{
    /// <summary>Request funding of a milestone; a human confirms it.</summary>
    public Task Fund() => NotAvailable.Fail("milestones fund");
}
