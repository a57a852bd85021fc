using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

internal sealed record ConversationListOptions(string? Filter, bool UnreadOnly, PageOptions Page)
{
    public static readonly string[] Filters = ["all", "job", "proposal"];

    public static ConversationListOptions Parse(string? filter, bool unreadOnly, int? limit, string? cursor, bool all) =>
        new(EnumArgument.Parse(filter, "--filter", Filters), unreadOnly, PageOptions.Parse(limit, cursor, all));
}

/// <summary>The conversation table shared by <c>messages list</c> and <c>messages unread</c>.</summary>
internal static class ConversationList
{
    private const int PreviewLength = 60;

    public static ApiOperation<ConversationListResponse> Operation(string command, ConversationListOptions options, string emptyMessage) =>
        new(MessagesRequests.ListConversations(options.Filter, options.UnreadOnly, options.Page), (list, output) => ToTable(list).WriteTo(output))
        {
            AllPages = options.Page.All ? (cursor => Operation(command, options with { Page = options.Page with { Cursor = cursor } }, emptyMessage), "conversations") : null,
            Paging = list => new PageFooter(list.Conversations?.Count ?? 0, list.NextCursor,
                options.Page.AppendTo(new ShellCommand(command).Option("--filter", options.Filter)), emptyMessage),
        };

    private static Table ToTable(ConversationListResponse list)
    {
        var table = new Table("ID", "KIND", "UNREAD", "UPDATED", "LAST MESSAGE");
        foreach (var conversation in list.Conversations ?? [])
        {
            table.AddRow(conversation.Id, conversation.ChannelName ?? conversation.Bucket ?? conversation.Type,
                Unread(conversation), conversation.UpdatedAt, Preview(conversation.LastMessage));
        }
        return table;
    }

    private static string Unread(ConversationSummary conversation) => conversation.NeedsReplyCount is > 0
        ? $"{conversation.UnreadCount ?? 0} (reply needed)"
        : $"{conversation.UnreadCount ?? 0}";

    private static string Preview(MessagePreview? message)
    {
        if (message?.Content is not { } content) return "";
        var text = Table.Clean(content).Trim();
        if (text.Length > PreviewLength) text = text[..(PreviewLength - 1)].TrimEnd() + "…";
        return $"{(message.IsFromViewer == true ? "you" : "them")}: {text}";
    }
}
