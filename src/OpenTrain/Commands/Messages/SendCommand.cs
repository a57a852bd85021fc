using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Messages;

[RegisterCommands("messages")]
internal sealed class SendCommand
{
    /// <summary>Send a message in a conversation.</summary>
    public Task Send() => NotAvailable.Fail("messages send");
}
