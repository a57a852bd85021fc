using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Updates;

[RegisterCommands("updates")]
internal sealed class PollCommand
{
    /// <summary>Fetch account events after a cursor, oldest first.</summary>
    public Task Poll() => NotAvailable.Fail("updates poll");
}
