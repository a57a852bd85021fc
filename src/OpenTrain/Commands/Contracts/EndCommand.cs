using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Contracts;

[RegisterCommands("contracts")]
internal sealed class EndCommand
{
    /// <summary>End a contract (a human approves it when milestones are funded).</summary>
    public Task End() => NotAvailable.Fail("contracts end");
}
