using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

[RegisterCommands("messages")]
internal sealed class MessagesListCommand(CommandContext context)
{
    /// <summary>List your conversations, most recent activity first.</summary>
    /// <param name="filter">Which conversations: all (default), job (after hire) or proposal (before hire).</param>
    /// <param name="unreadOnly">Only conversations with unread messages.</param>
    /// <param name="limit">Conversations per page: 1–100, default 20.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    [Listed(CommandGroup.Hiring, "opentrain messages list --filter proposal --unread-only")]
    [Endpoint("GET", "/messages", "messages:read", "messages/list")]
    public Task List([OneOf(typeof(ConversationListOptions), nameof(ConversationListOptions.Filters))] string? filter = null, bool unreadOnly = false, int? limit = null, string? cursor = null, bool all = false, CancellationToken cancellationToken = default) =>
        context.RunAsync(ConversationList.Operation(unreadOnly ? "opentrain messages list --unread-only" : "opentrain messages list",
            ConversationListOptions.Parse(filter, unreadOnly, limit, cursor, all), unreadOnly ? "No unread messages." : "No conversations."), cancellationToken);
}
