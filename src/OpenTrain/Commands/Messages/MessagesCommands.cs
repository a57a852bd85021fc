using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Messages;

/// <summary>The <c>opentrain messages</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("messages"), Group(CommandGroup.Hiring)]
internal sealed class MessagesCommands(CommandContext context)
{
    /// <summary>List your conversations, most recent activity first.</summary>
    /// <param name="filter">Which conversations: all (default), job (after hire) or proposal (before hire).</param>
    /// <param name="unreadOnly">Only conversations with unread messages.</param>
    /// <param name="limit">Conversations per page: 1–100, default 20.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    [Listed("opentrain messages list --filter proposal --unread-only"), Endpoint("GET", "/messages", "messages:read", "messages/list")]
    public Task List([OneOf(typeof(ConversationListOptions), nameof(ConversationListOptions.Filters))] string? filter = null, bool unreadOnly = false, int? limit = null, string? cursor = null, bool all = false, CancellationToken cancellationToken = default) => context.RunAsync(ConversationList.Operation(unreadOnly ? "opentrain messages list --unread-only" : "opentrain messages list", ConversationListOptions.Parse(filter, unreadOnly, limit, cursor, all), unreadOnly ? "No unread messages." : "No conversations."), cancellationToken);

    /// <summary>Read a conversation as a transcript, oldest message first, newest last.</summary>
    /// <param name="id">Same as --conversation-id.</param>
    /// <param name="conversationId">The conversation to read.</param>
    /// <param name="limit">Messages per page: 1–100, default 20.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="direction">Which way pages go: older (default; the API starts at the newest messages and each next page goes back in time) or newer (each next page moves forward, for tailing); keep it with --cursor. Each page prints oldest first, newest last.</param>
    /// <param name="all">Follow nextCursor to the last page, then print the whole transcript, oldest first; with --json, one document with the pages' items merged.</param>
    [Listed("opentrain messages read conv_42 --limit 50"), Endpoint("GET", "/messages", "messages:read", "messages/list"), JsonHelp("Print the API response JSON exactly as received: its messages in the API's order (the text is always oldest first).")]
    public Task Read([Argument] string? id = null, string? conversationId = null, int? limit = null, string? cursor = null, [OneOf(typeof(MessagesReadCommand), nameof(MessagesReadCommand.Directions))] string? direction = null, bool all = false, CancellationToken cancellationToken = default) => context.RunAsync(MessagesReadCommand.Operation(CommandArgs.RequireId(id, conversationId, "--conversation-id"), MessagesReadCommand.Direction(direction, ArgumentNames.Flags), PageOptions.Parse(limit, cursor, all)), cancellationToken);

    /// <summary>Send a message in an existing conversation.</summary>
    /// <param name="id">Same as --conversation-id.</param>
    /// <param name="conversationId">The conversation to write in.</param>
    /// <param name="content">The message text: 1–10,000 characters.</param>
    /// <param name="contentFile">Read the message from a file; '-' reads standard input.</param>
    [Listed("opentrain messages send conv_42 --content \"Hi Maria, can you start Monday?\"", "opentrain messages send conv_42 --content-file - < reply.txt"), Endpoint("POST", "/messages", "messages:write", "messages/send", Claim = true, FeatureFlag = FeatureFlags.MessagingWrites)]
    public async Task Send([Argument] string? id = null, string? conversationId = null, string? content = null, string? contentFile = null, CancellationToken cancellationToken = default)
    {
        var conversation = CommandArgs.RequireId(id, conversationId, "--conversation-id");
        var text = await TextInput.ExactlyOne(content, contentFile, "--content", "--content-file").ReadAsync(context.Terminal.In, cancellationToken);
        await context.RunAsync(MessagesSendCommand.Operation(conversation, MessagesSendCommand.Content(text)), cancellationToken);
    }

    /// <summary>Open (or find) the pre-hire conversation with a proposal's candidate.</summary>
    /// <param name="id">Same as --proposal-id.</param>
    /// <param name="proposalId">The proposal whose candidate to talk to.</param>
    [Listed("opentrain messages start-proposal-thread prop_789"), Endpoint("POST", "/proposals/{proposalId}/conversation", "messages:write", "proposals/conversation", Claim = true, FeatureFlag = FeatureFlags.MessagingWrites)]
    public Task StartProposalThread([Argument] string? id = null, string? proposalId = null, CancellationToken cancellationToken = default) => context.RunAsync(MessagesStartProposalThreadCommand.Operation(CommandArgs.RequireId(id, proposalId, "--proposal-id")), cancellationToken);

    /// <summary>List conversations with unread messages (same as 'messages list --unread-only').</summary>
    /// <param name="filter">Which conversations: all (default), job (after hire) or proposal (before hire).</param>
    /// <param name="limit">Conversations per page: 1–100, default 20.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    [Listed("opentrain messages unread"), Endpoint("GET", "/messages", "messages:read", "messages/list")]
    public Task Unread([OneOf(typeof(ConversationListOptions), nameof(ConversationListOptions.Filters))] string? filter = null, int? limit = null, string? cursor = null, bool all = false, CancellationToken cancellationToken = default) => context.RunAsync(ConversationList.Operation("opentrain messages unread", ConversationListOptions.Parse(filter, unreadOnly: true, limit, cursor, all), "No unread messages."), cancellationToken);
}
