using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary>Team: show members and invites; invite by email (claimed accounts only).</summary>
public static class TeamEndpoints
{
    /// <summary>Invites to this domain fail to send (409 <c>invite_email_send_failed</c>).</summary>
    public const string BouncingDomain = "@bounce.example";

    public static void Map(ApiRoutes api)
    {
        api.Get("/team", r => ApiResponse.Ok(new JsonObject { ["team"] = Team(r.State, TeamGate(r, Scopes.TeamRead, null).Account) }));
        api.Post("/team/invites", Invite);
    }

    private static Caller TeamGate(ApiRequest request, string scope, string? claimAction)
    {
        var caller = request.Gate(scope, Features.Team, claimAction);
        if (!caller.Account.TeamsEnabled)
            throw ApiException.Forbidden("Employer teams are not enabled for this account.", new JsonObject { ["reason"] = "teams_not_enabled" });
        return caller;
    }

    private static ApiResponse Invite(ApiRequest request)
    {
        var caller = TeamGate(request, Scopes.TeamWrite, "invite team members");
        var fields = new BodyFields(request.JsonBody());
        var email = fields.Text("email", required: true);
        if (email is not null && !AgentAuthEndpoints.LooksLikeEmail(email)) fields.Add("invalid_string", "email", "email must be a valid email address.");
        fields.ThrowIfInvalid();

        var state = request.State;
        var account = caller.Account;
        string status;
        if (account.Members.Any(m => string.Equals(m.Email, email, StringComparison.OrdinalIgnoreCase))) status = "already_member";
        else if (email!.EndsWith(BouncingDomain, StringComparison.OrdinalIgnoreCase))
            throw ApiException.ConflictReason("invite_email_send_failed", "The invite email could not be sent; retry later.", new JsonObject { ["email"] = email });
        else if (state.Accounts.All.FirstOrDefault(a => a.Id != account.Id && string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase)) is { } other)
        {
            account.Members.Add(new TeamMember(other.OwnerUserId, "MEMBER", other.FullName, other.Email, state.Now));
            status = "member_added";
        }
        else
        {
            if (!account.Invites.Any(i => string.Equals(i.Email, email, StringComparison.OrdinalIgnoreCase)))
                account.Invites.Add(new TeamInvite(state.NewId("tinv"), email, state.Now, state.Now.AddDays(7)));
            status = "invite_created";
        }
        return ApiResponse.Ok(new JsonObject { ["ok"] = true, ["status"] = status, ["email"] = email, ["team"] = Team(state, account) });
    }

    private static JsonObject Team(SandboxState state, Account account) => new()
    {
        ["organization"] = new JsonObject
        {
            ["id"] = account.OrganizationId,
            ["name"] = account.OrganizationName,
            ["ownerUserId"] = account.OwnerUserId,
            ["ownerName"] = account.Claimed ? account.FullName : account.AgentName ?? "Agent",
        },
        ["members"] = JsonValues.Array(account.Members.Select(m => (JsonNode?)new JsonObject
        {
            ["userId"] = m.UserId,
            ["role"] = m.Role,
            ["name"] = m.Name,
            ["email"] = m.Email,
            ["joinedAt"] = JsonValues.Iso(m.JoinedAt),
        })),
        ["invites"] = JsonValues.Array(account.Invites.Where(i => i.ExpiresAt > state.Now).Select(i => (JsonNode?)new JsonObject
        {
            ["id"] = i.Id,
            ["email"] = i.Email,
            ["createdAt"] = JsonValues.Iso(i.CreatedAt),
            ["expiresAt"] = JsonValues.Iso(i.ExpiresAt),
        })),
    };
}
