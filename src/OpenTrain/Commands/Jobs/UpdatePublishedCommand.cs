using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class UpdatePublishedCommand
{
    /// <summary>Edit fields of a published job.</summary>
    public Task UpdatePublished() => NotAvailable.Fail("jobs update-published");
}
