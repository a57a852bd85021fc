using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Messages;

internal sealed record ConversationListOptions(string? Filter, bool UnreadOnly, PageOptions Page)
{
    public static readonly string[] Filters = ["all", "job", "proposal"];

    public static ConversationListOptions Parse(string? filter, bool unreadOnly, int? limit, string? cursor) =>
        new(EnumArgument.Parse(filter, "--filter", Filters), unreadOnly, PageOptions.Parse(limit, cursor));
}

/// <summary>The conversation table shared by <c>messages list</c> and <c>messages unread</c>.</summary>
internal static class ConversationList
{
    private const int PreviewLength = 60;

    public static async Task RunAsync(CommandContext context, string command, ConversationListOptions options, string emptyMessage,
        CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        var response = await new MessagesClient(connection).ListConversationsAsync(options.Filter, options.UnreadOnly, options.Page, cancellationToken);
        context.WriteResult(response, list => Write(context, command, options, list, emptyMessage));
    }

    private static void Write(CommandContext context, string command, ConversationListOptions options, ConversationListResponse list, string emptyMessage)
    {
        var table = new Table("ID", "KIND", "UNREAD", "UPDATED", "LAST MESSAGE");
        foreach (var conversation in list.Conversations ?? [])
        {
            table.AddRow(conversation.Id, conversation.ChannelName ?? conversation.Bucket ?? conversation.Type,
                Unread(conversation), conversation.UpdatedAt, Preview(conversation.LastMessage));
        }
        var next = options.Page.AppendTo(new ShellCommand(command).Option("--filter", options.Filter));
        PagedTable.Write(context, table, list.NextCursor, next, emptyMessage);
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
