using OpenTrain.Cli;

namespace OpenTrain.Commands.Messages;

[RegisterCommands("messages")]
internal sealed class UnreadCommand(CommandContext context)
{
    /// <summary>List conversations with unread messages (same as 'messages list --unread-only').</summary>
    /// <param name="filter">Which conversations: all (default), job (after hire) or proposal (before hire).</param>
    /// <param name="limit">Conversations per page, 1 to 100 (server default 20).</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    public Task Unread(string? filter = null, int? limit = null, string? cursor = null, CancellationToken cancellationToken = default) =>
        context.RunAsync(ConversationList.Operation("opentrain messages unread", ConversationListOptions.Parse(filter, unreadOnly: true, limit, cursor),
            "No unread messages."), cancellationToken);
}
