using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

[RegisterCommands("messages")]
internal sealed class MessagesStartProposalThreadCommand(CommandContext context)
{
    /// <summary>Open (or find) the pre-hire conversation with a proposal's candidate.</summary>
    /// <param name="id">Same as --proposal-id.</param>
    /// <param name="proposalId">The proposal whose candidate to talk to.</param>
    [Listed(CommandGroup.Hiring, "opentrain messages start-proposal-thread prop_789")]
    [Endpoint("POST", "/proposals/{proposalId}/conversation", "messages:write", "proposals/conversation", Claim = true, FeatureFlag = FeatureFlags.MessagingWrites)]
    public Task StartProposalThread([Argument] string? id = null, string? proposalId = null, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, proposalId, "--proposal-id")), cancellationToken);

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
