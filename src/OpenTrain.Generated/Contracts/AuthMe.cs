namespace OpenTrain.Generated.Contracts;

/// <summary>GET /api/public/v1/auth/me.</summary>
public sealed record AuthMeResponse(AuthMeActor? Actor, AuthMeToken? Token, AuthMeAccount? Account);

public sealed record AuthMeActor(string? UserId, string? Email, string? FirstName, string? LastName, string? FullName, string? UserType);

public sealed record AuthMeToken(string? Id, string? Label, IReadOnlyList<string>? Scopes, string? OwnerOrganizationId);

public sealed record AuthMeAccount(string? Kind, string? OrganizationId, string? OwnerUserId, string? MemberRole);
