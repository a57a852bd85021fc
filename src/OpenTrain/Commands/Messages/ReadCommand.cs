using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Messages;

[RegisterCommands("messages")]
internal sealed class ReadCommand
{
    /// <summary>Read the messages of a conversation.</summary>
    public Task Read() => NotAvailable.Fail("messages read");
}
