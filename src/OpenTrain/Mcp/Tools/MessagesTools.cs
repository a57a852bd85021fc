using OpenTrain.Cli;
using OpenTrain.Commands.Messages;

namespace OpenTrain.Mcp.Tools;

/// <summary>Conversations: read, send, and open one with a proposal's candidate.</summary>
internal static class MessagesTools
{
    private static readonly string[] Directions = ["older", "newer"];

    public static IEnumerable<McpTool> All() =>
    [
        McpTool.For("opentrain_read_messages", "Read a conversation", "GET /api/public/v1/messages?conversationId={conversationId}",
            "Read a conversation as a transcript, oldest message first, newest last. Page back in time with direction older (default) and the nextCursor, " +
            "or tail new messages with direction newer.",
            new ToolSchema()
                .String("conversationId", "The conversation to read.", required: true)
                .Enum("direction", "Paging direction: older (back in time, default) or newer (tailing); keep it with cursor.", Directions)
                .Paged("Messages per page, 1 to 100 (default 20)."),
            (args, _) => ReadCommand.Operation(args.Required("conversationId"), EnumArgument.Parse(args.String("direction"), "direction", Directions), args.Page())),

        McpTool.For("opentrain_send_message", "Send a message", "POST /api/public/v1/messages",
            "Send a message in an existing conversation. No emails or phone numbers (blocked by policy). Requires a claimed account.",
            new ToolSchema()
                .String("conversationId", "The conversation to write in.", required: true)
                .String("content", "The message text, 1 to 10,000 characters.", required: true),
            (args, _) => SendCommand.Operation(args.Required("conversationId"), Content(args.Required("content")))),

        McpTool.ForId("opentrain_start_proposal_conversation", "Open a conversation with a candidate", "POST /api/public/v1/proposals/{proposalId}/conversation",
            "Open (or find) the pre-hire conversation with a proposal's candidate; the candidate can reply only after you write. " +
            "Then use opentrain_send_message with the returned conversationId. Requires a claimed account.",
            "proposalId", "The proposal whose candidate to talk to.", StartProposalThreadCommand.Operation),
    ];

    private static string Content(string text) =>
        text.Length <= SendCommand.MaxLength ? text : throw new UsageException($"the message is {text.Length:N0} characters; the limit is {SendCommand.MaxLength:N0}");
}
