using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Webhooks;

[RegisterCommands("webhooks")]
internal sealed class DeleteCommand
{
    /// <summary>Delete a webhook subscription.</summary>
    public Task Delete() => NotAvailable.Fail("webhooks delete");
}
