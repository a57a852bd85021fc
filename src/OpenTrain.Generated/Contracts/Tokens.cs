namespace OpenTrain.Generated.Contracts;

/// <summary>An API token's metadata; <see cref="Preview"/> is a masked form, the secret is never returned.</summary>
public sealed record TokenRecord(
    string? Id, string? Name, string? Preview, IReadOnlyList<string>? Scopes, string? Status, string? OrganizationId,
    string? CreatedAt, string? LastUsedAt, string? ExpiresAt, string? RevokedAt);

/// <summary>GET /tokens.</summary>
public sealed record TokenListResponse(IReadOnlyList<TokenRecord>? Tokens);

/// <summary>DELETE /tokens/{tokenId}.</summary>
public sealed record TokenResponse(TokenRecord? Token);
