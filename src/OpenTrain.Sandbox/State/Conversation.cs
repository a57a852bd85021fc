namespace OpenTrain.Sandbox.State;

/// <summary>A pre-hire proposal thread (<c>bucket: proposal</c>) or a post-hire job DM (<c>bucket: job</c>).</summary>
public sealed class Conversation : IEntity
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string Bucket { get; init; }
    public string? JobId { get; init; }
    public string? ProposalId { get; init; }
    public required string FreelancerId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public bool ReadOnly { get; set; }
    public List<ChatMessage> Messages { get; } = [];
}

public sealed class ChatMessage : IEntity
{
    public required string Id { get; init; }
    public required string ConversationId { get; init; }
    public required string SenderUserId { get; init; }
    public required bool FromEmployer { get; init; }
    public required string Content { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public bool Read { get; set; }
}
