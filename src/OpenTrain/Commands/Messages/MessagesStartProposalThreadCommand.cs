using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

internal static class MessagesStartProposalThreadCommand
{
    internal static ApiOperation<StartConversationResponse> Operation(string proposalId) =>
        new(MessagesRequests.StartProposalThread(proposalId), (thread, output) => Write(output, proposalId, thread))
        {
            Hints =
            [
                ex => ex.Status == 409 && (ex.Reason is null || ex.Reason.StartsWith("proposal_", StringComparison.Ordinal))
                    ? "the proposal is not ready for messaging yet (for example the candidate has not finished applying)."
                    : null,
                MessagingHints.For,
            ],
        };

    private static void Write(TextWriter output, string proposalId, StartConversationResponse thread)
    {
        output.WriteLine(thread.Created == false
            ? $"Conversation {thread.ConversationId} already exists for proposal {thread.ProposalId ?? proposalId}."
            : $"Started conversation {thread.ConversationId} for proposal {thread.ProposalId ?? proposalId}.");
        new KeyValueBlock().Add("Job", thread.JobId).WriteTo(output, "  ");
        output.WriteLine();
        output.WriteLine("Next: send the first message (the candidate can reply only after you write):");
        output.WriteLine($"  {new ShellCommand("opentrain messages send").Arg(thread.ConversationId).Option("--content", "<message>")}");
    }
}
