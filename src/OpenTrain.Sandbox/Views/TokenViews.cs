using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Views;

/// <summary>Token records and the <c>/auth/me</c> body.</summary>
public static class TokenViews
{
    public static JsonObject Record(ApiToken t, DateTimeOffset now) => new()
    {
        ["id"] = t.Id,
        ["name"] = t.Name,
        ["preview"] = t.Preview,
        ["scopes"] = JsonValues.Strings(t.Scopes),
        ["status"] = t.StatusAt(now),
        ["organizationId"] = null,
        ["createdAt"] = JsonValues.Iso(t.CreatedAt),
        ["lastUsedAt"] = JsonValues.Iso(t.LastUsedAt),
        ["expiresAt"] = JsonValues.Iso(t.ExpiresAt),
        ["revokedAt"] = JsonValues.Iso(t.RevokedAt),
    };

    public static JsonObject Me(Caller caller)
    {
        var a = caller.Account;
        return new JsonObject
        {
            ["actor"] = new JsonObject
            {
                ["userId"] = a.OwnerUserId,
                ["email"] = a.Email,
                ["firstName"] = a.FirstName,
                ["lastName"] = a.LastName,
                ["fullName"] = a.Claimed ? a.FullName : a.AgentName ?? "Agent",
                ["userType"] = "EMPLOYER",
            },
            ["token"] = new JsonObject
            {
                ["id"] = caller.Token.Id,
                ["label"] = caller.Token.Name,
                ["scopes"] = JsonValues.Strings(caller.Token.Scopes),
                ["ownerOrganizationId"] = null,
            },
            ["account"] = new JsonObject
            {
                ["kind"] = "employer_organization",
                ["organizationId"] = a.OrganizationId,
                ["ownerUserId"] = a.OwnerUserId,
                ["memberRole"] = "OWNER",
                ["claimed"] = a.Claimed,
            },
        };
    }
}
