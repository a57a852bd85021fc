using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenTrain.Sandbox.Domain;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary><c>GET /messages</c> (conversation list or one thread) and <c>POST /messages</c>.</summary>
public static partial class MessagesEndpoints
{
    /// <summary>Messages containing this text are refused with 409 <c>message_blocked</c>.</summary>
    public const string BlockTrigger = "message-block";

    public static void Map(ApiRoutes api)
    {
        api.Get("/messages", Read);
        api.Post("/messages", Send);
    }

    private static ApiResponse Read(ApiRequest request)
    {
        var caller = request.Gate(Scopes.MessagesRead);
        var limit = Pagination.Limit(request, 20, 100, asIssues: true);
        var fields = new List<ValidationIssue>();
        var direction = request.Query("direction") ?? "older";
        if (direction is not ("older" or "newer")) fields.Add(new ValidationIssue("invalid_enum_value", "direction", "direction must be 'older' or 'newer'."));
        var filter = request.Query("filter") ?? "all";
        if (filter is not ("all" or "job" or "proposal")) fields.Add(new ValidationIssue("invalid_enum_value", "filter", "filter must be all, job or proposal."));
        var unread = request.Query("unreadOnly");
        if (unread is not (null or "true" or "1" or "false" or "0")) fields.Add(new ValidationIssue("invalid_type", "unreadOnly", "unreadOnly must be true, 1, false or 0."));
        if (fields.Count > 0) throw ApiException.Invalid(fields);

        var state = request.State;
        if (request.Query("conversationId") is { } conversationId)
        {
            var conversation = OwnConversation(state, caller, conversationId);
            var ordered = direction == "older" ? conversation.Messages.AsEnumerable().Reverse().ToList() : conversation.Messages;
            var (messages, nextMessages) = Pagination.Page(ordered, m => m.Id, request.Query("cursor"), limit);
            return ApiResponse.Ok(new JsonObject
            {
                ["messages"] = JsonValues.Array(messages.Select(m => (JsonNode?)Message(conversation, m))),
                ["nextCursor"] = nextMessages,
            });
        }

        var conversations = state.Conversations.All
            .Where(c => c.AccountId == caller.Account.Id && (filter == "all" || c.Bucket == filter) && (unread is not ("true" or "1") || c.Messages.Any(m => !m.Read)))
            .OrderByDescending(c => c.UpdatedAt).ThenByDescending(c => c.Id, StringComparer.Ordinal).ToList();
        var (page, next) = Pagination.Page(conversations, c => c.Id, request.Query("cursor"), limit);
        return ApiResponse.Ok(new JsonObject
        {
            ["conversations"] = JsonValues.Array(page.Select(c => (JsonNode?)Summary(c))),
            ["nextCursor"] = next,
        });
    }

    private static ApiResponse Send(ApiRequest request)
    {
        var caller = request.Gate(Scopes.MessagesWrite, Features.MessagingWrites, "message AI trainers");
        var fields = new BodyFields(request.JsonBody());
        var conversationId = fields.Text("conversationId", required: true, minLength: 1);
        var content = fields.Text("content", required: true, minLength: 1, maxLength: 10_000);
        fields.ThrowIfInvalid();
        var conversation = OwnConversation(request.State, caller, conversationId!);
        if (conversation.ReadOnly)
            throw ApiException.ConflictReason("read_only_conversation", "This conversation is read-only.", new JsonObject { ["conversationId"] = conversation.Id });
        if (ContactInfo().IsMatch(content!))
            throw ApiException.Forbidden("Sharing contact details is not allowed before a hire.", new JsonObject
            {
                ["reason"] = "message_policy_blocked",
                ["policy"] = new JsonObject { ["rule"] = "no_contact_information", ["description"] = "Email addresses and phone numbers are not allowed." },
            });
        if (content!.Contains(BlockTrigger, StringComparison.OrdinalIgnoreCase))
            throw ApiException.ConflictReason("message_blocked", "This message was blocked.", new JsonObject { ["conversationId"] = conversation.Id });
        var message = Conversations.Post(request.State, conversation, fromEmployer: true, content);
        return ApiResponse.Created(new JsonObject { ["ok"] = true, ["message"] = Message(conversation, message) });
    }

    private static Conversation OwnConversation(SandboxState state, Caller caller, string id)
    {
        var conversation = state.Conversations.Find(id)
            ?? throw ApiException.NotFound($"No such conversation: {id}", new JsonObject { ["resource"] = "conversations", ["conversationId"] = id });
        if (conversation.AccountId != caller.Account.Id)
            throw ApiException.Forbidden("You are not a participant in this conversation.", new JsonObject { ["conversationId"] = id });
        return conversation;
    }

    private static JsonObject Summary(Conversation c)
    {
        var last = c.Messages.LastOrDefault();
        return new JsonObject
        {
            ["id"] = c.Id,
            ["type"] = "DIRECT_MESSAGE",
            ["bucket"] = c.Bucket,
            ["jobId"] = c.JobId,
            ["proposalId"] = c.ProposalId,
            ["channelName"] = null,
            ["updatedAt"] = JsonValues.Iso(c.UpdatedAt),
            ["lastMessage"] = last is null ? null : new JsonObject
            {
                ["id"] = last.Id,
                ["content"] = last.Content,
                ["senderUserId"] = last.SenderUserId,
                ["isFromViewer"] = last.FromEmployer,
                ["createdAt"] = JsonValues.Iso(last.CreatedAt),
            },
            ["unreadCount"] = c.Messages.Count(m => !m.Read),
            ["needsReplyCount"] = last is { FromEmployer: false } ? 1 : 0,
        };
    }

    private static JsonObject Message(Conversation c, ChatMessage m) => new()
    {
        ["id"] = m.Id,
        ["createdAt"] = JsonValues.Iso(m.CreatedAt),
        ["updatedAt"] = JsonValues.Iso(m.CreatedAt),
        ["conversationId"] = c.Id,
        ["jobId"] = c.JobId,
        ["senderUserId"] = m.SenderUserId,
        ["isFromViewer"] = m.FromEmployer,
        ["content"] = m.Content,
        ["messageType"] = null,
        ["system"] = false,
        ["hasUnreadFlag"] = !m.Read,
        ["attachmentCount"] = 0,
        ["hasAudio"] = false,
        ["editedAt"] = null,
        ["reactionCount"] = 0,
    };

    [GeneratedRegex(@"[\w.+-]+@[\w-]+\.[\w.]+|\+?\d[\d\s().-]{7,}\d")]
    private static partial Regex ContactInfo();
}
