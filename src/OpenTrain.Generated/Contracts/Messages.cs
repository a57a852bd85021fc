namespace OpenTrain.Generated.Contracts;

/// <summary>GET /messages without <c>conversationId</c>: conversation summaries.</summary>
public sealed record ConversationListResponse(IReadOnlyList<ConversationSummary>? Conversations, string? NextCursor);

public sealed record ConversationSummary(
    string? Id, string? Type, string? Bucket, string? JobId, string? ProposalId, string? ChannelName, string? UpdatedAt,
    MessagePreview? LastMessage, int? UnreadCount, int? NeedsReplyCount);

public sealed record MessagePreview(string? Id, string? Content, string? SenderUserId, bool? IsFromViewer, string? CreatedAt);

/// <summary>GET /messages with <c>conversationId</c>: one page of a conversation.</summary>
public sealed record MessagePage(IReadOnlyList<ChatMessage>? Messages, string? NextCursor);

/// <summary>A message; attachments are counts and flags only.</summary>
public sealed record ChatMessage(
    string? Id, string? CreatedAt, string? UpdatedAt, string? ConversationId, string? JobId, string? SenderUserId,
    bool? IsFromViewer, string? Content, string? MessageType, bool? System, bool? HasUnreadFlag, int? AttachmentCount,
    bool? HasAudio, string? EditedAt, int? ReactionCount);

/// <summary>POST /messages.</summary>
public sealed record SendMessageRequest(string ConversationId, string Content);

public sealed record SendMessageResponse(bool? Ok, ChatMessage? Message);

/// <summary>POST /proposals/{proposalId}/conversation.</summary>
public sealed record StartConversationResponse(bool? Ok, string? ConversationId, string? ProposalId, string? JobId, bool? Created);
