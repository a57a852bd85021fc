using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

[RegisterCommands("messages")]
internal sealed class MessagesUnreadCommand(CommandContext context)
{
    /// <summary>List conversations with unread messages (same as 'messages list --unread-only').</summary>
    /// <param name="filter">Which conversations: all (default), job (after hire) or proposal (before hire).</param>
    /// <param name="limit">Conversations per page: 1–100, default 20.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    [Listed(CommandGroup.Hiring, "opentrain messages unread")]
    [Endpoint("GET", "/messages", "messages:read", "messages/list")]
    public Task Unread([OneOf(typeof(ConversationListOptions), nameof(ConversationListOptions.Filters))] string? filter = null, int? limit = null, string? cursor = null, bool all = false, CancellationToken cancellationToken = default) =>
        context.RunAsync(ConversationList.Operation("opentrain messages unread", ConversationListOptions.Parse(filter, unreadOnly: true, limit, cursor, all),
            "No unread messages."), cancellationToken);
}
