namespace OpenTrain.Sandbox.State;

/// <summary>An employer organisation with its owner user; agent-registered accounts start unclaimed.</summary>
public sealed class Account : IEntity
{
    public required string Id { get; init; }
    public required string OrganizationId { get; init; }
    public required string OwnerUserId { get; init; }
    public required string OrganizationName { get; set; }
    public string? AgentName { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }

    public bool Claimed { get; set; }
    public DateTimeOffset? ClaimedAt { get; set; }
    public string? Email { get; set; }
    public string? FirstName { get; set; }
    public string? LastName { get; set; }

    public bool HasPaymentMethod { get; set; } = true;
    public bool TeamsEnabled { get; set; } = true;
    public Dictionary<string, bool> FeatureOverrides { get; } = new(StringComparer.Ordinal);

    /// <summary>Times of real publishes (rolling 24 h quota).</summary>
    public List<DateTimeOffset> Publishes { get; } = [];

    /// <summary>Draft idempotency keys → job id.</summary>
    public Dictionary<string, string> DraftIdempotencyKeys { get; } = new(StringComparer.Ordinal);

    public long AvailableCents { get; set; }
    public long ReservedCents { get; set; }
    public List<LedgerEntry> Ledger { get; } = [];

    public List<TeamMember> Members { get; } = [];
    public List<TeamInvite> Invites { get; } = [];

    public string FullName => string.Join(' ', new[] { FirstName, LastName }.Where(s => !string.IsNullOrEmpty(s)));
}

public sealed record TeamMember(string UserId, string Role, string Name, string? Email, DateTimeOffset JoinedAt);

public sealed record TeamInvite(string Id, string Email, DateTimeOffset CreatedAt, DateTimeOffset ExpiresAt);
