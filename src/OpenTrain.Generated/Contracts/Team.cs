namespace OpenTrain.Generated.Contracts;

/// <summary>GET /team.</summary>
public sealed record TeamResponse(Team? Team);

public sealed record Team(TeamOrganization? Organization, IReadOnlyList<TeamMember>? Members, IReadOnlyList<TeamInvite>? Invites);

public sealed record TeamOrganization(string? Id, string? Name, string? OwnerUserId, string? OwnerName);

public sealed record TeamMember(string? UserId, string? Role, string? Name, string? Email, string? JoinedAt);

public sealed record TeamInvite(string? Id, string? Email, string? CreatedAt, string? ExpiresAt);

/// <summary>POST /team/invites body.</summary>
public sealed record TeamInviteRequest(string Email);

/// <summary>POST /team/invites: <c>status</c> is invite_created, member_added or already_member.</summary>
public sealed record TeamInviteResponse(bool? Ok, string? Status, string? Email, Team? Team);
