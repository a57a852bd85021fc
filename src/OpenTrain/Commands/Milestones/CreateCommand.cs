using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Milestones;

[RegisterCommands("milestones")]
internal sealed class CreateCommand
{
    /// <summary>Add an unfunded milestone to a contract.</summary>
    public Task Create() => NotAvailable.Fail("milestones create");
}
