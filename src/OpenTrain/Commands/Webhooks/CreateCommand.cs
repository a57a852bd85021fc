using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Webhooks;

[RegisterCommands("webhooks")]
internal sealed class CreateCommand
{
    /// <summary>Subscribe a URL to events (prints the signing secret once).</summary>
    public Task Create() => NotAvailable.Fail("webhooks create");
}
