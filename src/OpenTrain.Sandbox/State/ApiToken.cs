namespace OpenTrain.Sandbox.State;

/// <summary>A personal API token <c>ot_pat_&lt;publicId&gt;_&lt;secret&gt;</c>.</summary>
public sealed class ApiToken : IEntity
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string PublicId { get; init; }
    public required string Secret { get; init; }
    public required string Name { get; init; }
    public required IReadOnlyList<string> Scopes { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset? ExpiresAt { get; init; }
    public DateTimeOffset? LastUsedAt { get; set; }
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>Issued by registration (revoked when the claim token is exchanged).</summary>
    public bool IsPreClaim { get; init; }

    public string Raw => $"ot_pat_{PublicId}_{Secret}";

    public string Preview => $"ot_pat_{PublicId[..4]}********{Secret[^4..]}";

    public string StatusAt(DateTimeOffset now) =>
        RevokedAt is not null ? "revoked" : ExpiresAt is { } e && e <= now ? "expired" : "active";
}
