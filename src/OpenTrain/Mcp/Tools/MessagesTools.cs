using OpenTrain.Toolkit;
using OpenTrain.Commands.Messages;

namespace OpenTrain.Mcp.Tools;

/// <summary>Conversations: read, send, and open one with a proposal's candidate.</summary>
internal static class MessagesTools
{
    /// <summary>messages list / messages unread: the same listing, the second always unread only.</summary>
    private static McpTool Conversations(string name, string title, string command, string description, bool? unreadOnly)
    {
        var schema = new ToolSchema().Enum("filter", "Only job (post-hire) or proposal (pre-hire) threads; default all.", ConversationListOptions.Filters);
        if (unreadOnly is null) schema = schema.Boolean("unreadOnly", "Only conversations with unread messages.");
        return McpTool.For(name, title, command, description, schema.Paged("Conversations per page, 1 to 100."),
            (args, _) => ConversationList.Operation("opentrain " + command,
                new ConversationListOptions(args.Enum("filter", ConversationListOptions.Filters), unreadOnly ?? args.Bool("unreadOnly"), args.Page()),
                "No conversations."));
    }

    public static IEnumerable<McpTool> All() =>
    [
        Conversations("opentrain_list_conversations", "List conversations", "messages list",
            "List your conversations (job and proposal threads), most recent activity first, each with its unread count and last message. " +
            "Read one with opentrain_read_messages; unreadOnly keeps those waiting for a reply.", unreadOnly: null) with { Extra = true },

        Conversations("opentrain_list_unread_conversations", "List unread conversations", "messages unread",
            "List the conversations with messages you have not read, most recent first, each with its unread count and last message; " +
            "read one with opentrain_read_messages.", unreadOnly: true) with { Extra = true },

        McpTool.For("opentrain_read_messages", "Read a conversation", "messages read",
            "Read a conversation as a transcript, oldest message first, newest last. Page back in time with direction older (default) and the nextCursor, " +
            "or tail new messages with direction newer. structuredContent is the API's page as sent, plus order: how its messages array is ordered " +
            "(newest_first, oldest_first, single or mixed); the text is always oldest first.",
            new ToolSchema()
                .String("conversationId", "The conversation to read.", required: true)
                .Enum("direction", "Paging direction: older (back in time, default) or newer (tailing); keep it with cursor.", MessagesReadCommand.Directions)
                .Paged("Messages per page, 1 to 100 (default 20)."),
            (args, _) => MessagesReadCommand.Operation(args.Id("conversationId"), MessagesReadCommand.Direction(args.String("direction"), ArgumentNames.Tool), args.Page())),

        McpTool.For("opentrain_send_message", "Send a message", "messages send",
            "Send a message in an existing conversation. No emails or phone numbers (blocked by policy). Requires a claimed account.",
            new ToolSchema()
                .String("conversationId", "The conversation to write in.", required: true)
                .String("content", "The message text, 1 to 10,000 characters.", required: true),
            (args, _) => MessagesSendCommand.Operation(args.Id("conversationId"), MessagesSendCommand.Content(args.Required("content")))),

        McpTool.ForId("opentrain_start_proposal_conversation", "Open a conversation with a candidate", "messages start-proposal-thread",
            "Open (or find) the pre-hire conversation with a proposal's candidate; the candidate can reply only after you write. " +
            "Then use opentrain_send_message with the returned conversationId. Requires a claimed account.",
            "proposalId", "The proposal whose candidate to talk to.", MessagesStartProposalThreadCommand.Operation),
    ];
}
