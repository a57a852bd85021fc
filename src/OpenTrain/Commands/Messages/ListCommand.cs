using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Messages;

[RegisterCommands("messages")]
internal sealed class ListCommand
{
    /// <summary>List conversations.</summary>
    public Task List() => NotAvailable.Fail("messages list");
}
