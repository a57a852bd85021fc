using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class CloseCommand
{
    /// <summary>Close a job to new applicants.</summary>
    public Task Close() => NotAvailable.Fail("jobs close");
}
