using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class PublishCommand
{
    /// <summary>Publish a draft job to the marketplace.</summary>
    public Task Publish() => NotAvailable.Fail("jobs publish");
}
