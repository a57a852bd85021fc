using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Messages;

[RegisterCommands("messages")]
internal sealed class UnreadCommand
{
    /// <summary>List conversations with unread messages.</summary>
    public Task Unread() => NotAvailable.Fail("messages unread");
}
