using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Webhooks;

[RegisterCommands("webhooks")]
internal sealed class GetCommand
{
    /// <summary>Show one webhook subscription.</summary>
    public Task Get() => NotAvailable.Fail("webhooks get");
}
