using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Webhooks;

[RegisterCommands("webhooks")]
internal sealed class ListCommand
{
    /// <summary>List webhook subscriptions.</summary>
    public Task List() => NotAvailable.Fail("webhooks list");
}
