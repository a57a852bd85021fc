using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Contracts;

[RegisterCommands("contracts")]
internal sealed class ListCommand
{
    /// <summary>List contracts and their milestones.</summary>
    public Task List() => NotAvailable.Fail("contracts list");
}
