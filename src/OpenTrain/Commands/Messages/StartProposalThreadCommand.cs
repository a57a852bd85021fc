using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Messages;

internal sealed record StartProposalThreadOptions(string ProposalId);

[RegisterCommands("messages")]
internal sealed class StartProposalThreadCommand(CommandContext context)
{
    /// <summary>Open (or find) the pre-hire conversation with a proposal's candidate.</summary>
    /// <param name="id">The proposal id (instead of --proposal-id).</param>
    /// <param name="proposalId">The proposal whose candidate to talk to.</param>
    public Task StartProposalThread([Argument] string? id = null, string? proposalId = null, CancellationToken cancellationToken = default) =>
        RunAsync(new StartProposalThreadOptions(CommandArgs.RequireId(id, proposalId, "--proposal-id")), cancellationToken);

    internal async Task RunAsync(StartProposalThreadOptions options, CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        var response = await new MessagesClient(connection).StartProposalThreadAsync(options.ProposalId, cancellationToken)
            .WithHint(ex => ex.Status == 409 && (ex.Reason is null || ex.Reason.StartsWith("proposal_", StringComparison.Ordinal))
                ? "the proposal is not ready for messaging yet (for example the candidate has not finished applying)."
                : MessagingHints.For(ex));
        context.WriteResult(response, thread => Write(context.Terminal.Out, options.ProposalId, thread));
    }

    private static void Write(TextWriter output, string proposalId, StartConversationResponse thread)
    {
        output.WriteLine(thread.Created == false
            ? $"Conversation {thread.ConversationId} already exists for proposal {thread.ProposalId ?? proposalId}."
            : $"Started conversation {thread.ConversationId} for proposal {thread.ProposalId ?? proposalId}.");
        new KeyValueBlock().Add("Job", thread.JobId).WriteTo(output, "  ");
        output.WriteLine();
        output.WriteLine("Next: send the first message (the candidate can reply only after you write):");
        output.WriteLine($"  {new ShellCommand("opentrain messages send").Arg(thread.ConversationId).Raw("--content \"...\"")}");
    }
}
