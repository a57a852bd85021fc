using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class ListCommand
{
    /// <summary>List the jobs your account owns, drafts included.</summary>
    public Task List() => NotAvailable.Fail("jobs list");
}
