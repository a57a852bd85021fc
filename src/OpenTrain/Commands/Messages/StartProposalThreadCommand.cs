using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Messages;

[RegisterCommands("messages")]
internal sealed class StartProposalThreadCommand
{
    /// <summary>Open (or reuse) the conversation for a proposal.</summary>
    public Task StartProposalThread() => NotAvailable.Fail("messages start-proposal-thread");
}
