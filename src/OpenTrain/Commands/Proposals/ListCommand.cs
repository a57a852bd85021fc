using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Proposals;

[RegisterCommands("proposals")]
internal sealed class ListCommand
{
    /// <summary>List the proposals for a job.</summary>
    public Task List() => NotAvailable.Fail("proposals list");
}
