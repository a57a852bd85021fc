using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary>Anonymous registration, the claim ceremony, token polling and revocation (<c>/api/agent/*</c>, OAuth error shape).</summary>
public static class AgentAuthEndpoints
{
    public const string ClaimGrantType = "urn:opentrain:agent-auth:grant-type:claim";

    public static void Map(ApiRoutes agent)
    {
        agent.Post("/identity", Register);
        agent.Post("/identity/claim", StartClaim);
        agent.Post("/oauth/token", PollToken);
        agent.Post("/oauth/revoke", Revoke);
        agent.NotFoundFallback(oauthShape: true);
    }

    private static ApiResponse Register(ApiRequest request)
    {
        var state = request.State;
        RequireAgentAuthEnabled(state);
        var body = OAuthJsonBody(request);
        var identityType = OptionalString(body, "identity_type") ?? "anonymous";
        if (identityType != "anonymous")
            throw new OAuthException(400, "unsupported_identity_type", $"identity_type '{identityType}' is not supported; use 'anonymous'.");
        var agentName = OptionalString(body, "agent_name");
        var orgName = OptionalString(body, "organization_name") ?? (agentName is null ? "Agent organization" : agentName + " organization");

        var account = state.CreateAccount(orgName, agentName);
        account.Members.Add(new TeamMember(account.OwnerUserId, "OWNER", agentName ?? "Agent", null, state.Now));
        var token = state.MintToken(account, "Agent registration", Scopes.PreClaim, preClaim: true);
        var claim = new ClaimRegistration
        {
            ClaimToken = "ot_clm_" + SandboxState.RandomHex(16),
            AccountId = account.Id,
            ExpiresAt = state.Now.AddHours(24),
        };
        state.Claims[claim.ClaimToken] = claim;

        return ApiResponse.Ok(new JsonObject
        {
            ["identity_type"] = "anonymous",
            ["registration_id"] = account.Id,
            ["access_token"] = token.Raw,
            ["token_type"] = "bearer",
            ["scopes"] = JsonValues.Strings(token.Scopes),
            ["claim_token"] = claim.ClaimToken,
            ["claim_token_expires_at"] = JsonValues.Iso(claim.ExpiresAt),
            ["claim_endpoint"] = state.Link("/api/agent/identity/claim"),
            ["token_endpoint"] = state.Link("/api/agent/oauth/token"),
            ["grant_type"] = ClaimGrantType,
        });
    }

    private static ApiResponse StartClaim(ApiRequest request)
    {
        var state = request.State;
        RequireAgentAuthEnabled(state);
        var body = OAuthJsonBody(request);
        var claimToken = OptionalString(body, "claim_token") ?? throw OAuthException.InvalidRequest("claim_token is required.");
        var email = OptionalString(body, "email") ?? throw OAuthException.InvalidRequest("email is required.");
        if (!LooksLikeEmail(email)) throw OAuthException.InvalidRequest("email is not a valid email address.");
        if (!state.Claims.TryGetValue(claimToken, out var claim)) throw OAuthException.InvalidRequest("claim_token is invalid.");
        if (claim.CompletedAt is not null) throw OAuthException.InvalidRequest("This agent account has already been claimed.");
        if (state.Now >= claim.ExpiresAt) throw OAuthException.InvalidRequest("claim_token has expired; register a new agent identity.");
        if (state.Accounts.All.Any(a => a.Id != claim.AccountId && string.Equals(a.Email, email, StringComparison.OrdinalIgnoreCase)))
            throw OAuthException.InvalidRequest("email_already_registered");

        claim.Attempt = new ClaimAttempt(SandboxState.RandomDigits(6), "ot_cat_" + SandboxState.RandomHex(16), email, state.Now, state.Now.AddSeconds(1800));
        claim.LastPollAt = null;
        return ApiResponse.Ok(new JsonObject
        {
            ["user_code"] = claim.Attempt.UserCode,
            ["verification_uri"] = state.Link("/claim?token=" + claim.Attempt.AttemptToken),
            ["expires_in"] = 1800,
            ["interval"] = state.Options.ClaimPollIntervalSeconds,
            ["email_sent"] = true,
        });
    }

    private static ApiResponse PollToken(ApiRequest request)
    {
        var state = request.State;
        var form = OAuthFormOrJson(request);
        var grantType = form.GetValueOrDefault("grant_type");
        if (string.IsNullOrEmpty(grantType)) throw OAuthException.InvalidRequest("grant_type is required.");
        if (grantType != ClaimGrantType) throw new OAuthException(400, "unsupported_grant_type", $"grant_type must be {ClaimGrantType}.");
        var claimToken = form.GetValueOrDefault("claim_token");
        if (string.IsNullOrEmpty(claimToken)) throw OAuthException.InvalidRequest("claim_token is required.");
        if (!state.Claims.TryGetValue(claimToken, out var claim)) throw new OAuthException(400, "invalid_grant", "Unknown claim token.");
        if (claim.Delivered) throw new OAuthException(400, "invalid_grant", "The post-claim token was already delivered.");

        var now = state.Now;
        var interval = TimeSpan.FromSeconds(state.Options.ClaimPollIntervalSeconds);
        var tooFast = claim.LastPollAt is { } last && now - last < interval;
        claim.LastPollAt = now;
        if (tooFast) throw new OAuthException(400, "slow_down", $"Poll no faster than every {interval.TotalSeconds:0} seconds.");

        if (claim.CompletedAt is not null) return ApiResponse.Ok(Deliver(state, claim));
        if (now >= claim.ExpiresAt) throw new OAuthException(400, "expired_token", "The claim window has closed; register a new agent identity.");
        if (claim.Attempt is { } attempt && now >= attempt.ExpiresAt)
            throw new OAuthException(400, "expired_token", "The claim attempt expired; start the claim again.");
        throw new OAuthException(400, "authorization_pending", "The human has not completed the claim yet.");
    }

    /// <summary>Exactly-once exchange: revokes every pre-claim token and returns the post-claim token.</summary>
    private static JsonObject Deliver(SandboxState state, ClaimRegistration claim)
    {
        var account = state.Accounts.Find(claim.AccountId)!;
        foreach (var t in state.Tokens.All.Where(t => t.AccountId == account.Id && t.IsPreClaim && t.RevokedAt is null))
            t.RevokedAt = state.Now;
        var token = state.MintToken(account, "Agent (claimed)", Scopes.PostClaim);
        claim.Delivered = true;
        return new JsonObject
        {
            ["access_token"] = token.Raw,
            ["token_type"] = "bearer",
            ["scopes"] = JsonValues.Strings(token.Scopes),
        };
    }

    private static ApiResponse Revoke(ApiRequest request)
    {
        var form = OAuthFormOrJson(request);
        var raw = form.GetValueOrDefault("token");
        if (string.IsNullOrEmpty(raw)) throw OAuthException.InvalidRequest("token is required.");
        if (request.State.TokensByRaw.TryGetValue(raw, out var token) && token.RevokedAt is null) token.RevokedAt = request.Now;
        return ApiResponse.Ok(new JsonObject());
    }

    private static void RequireAgentAuthEnabled(SandboxState state)
    {
        if (!state.Settings.AnonymousRegistrationEnabled) throw new OAuthException(403, "anonymous_not_enabled");
    }

    private static JsonObject OAuthJsonBody(ApiRequest request)
    {
        try
        {
            return request.OptionalJsonBody();
        }
        catch (ApiException)
        {
            throw OAuthException.InvalidRequest("Request body must be a JSON object.");
        }
    }

    /// <summary>Form-encoded body as documented; a JSON object body is tolerated too.</summary>
    private static IReadOnlyDictionary<string, string> OAuthFormOrJson(ApiRequest request)
    {
        var contentType = request.Http.Request.ContentType ?? "";
        if (!contentType.Contains("json", StringComparison.OrdinalIgnoreCase)) return request.FormBody();
        var json = OAuthJsonBody(request);
        return json.Where(kv => kv.Value is JsonValue v && v.GetValueKind() == JsonValueKind.String)
            .ToDictionary(kv => kv.Key, kv => kv.Value!.GetValue<string>(), StringComparer.Ordinal);
    }

    private static string? OptionalString(JsonObject body, string key)
    {
        var node = body[key];
        if (node is null) return null;
        if (node is JsonValue v && v.GetValueKind() == JsonValueKind.String) return v.GetValue<string>();
        throw OAuthException.InvalidRequest($"{key} must be a string.");
    }

    public static bool LooksLikeEmail(string email)
    {
        var at = email.IndexOf('@', StringComparison.Ordinal);
        return at > 0 && at == email.LastIndexOf('@') && email.IndexOf('.', at) > at + 1 && !email.EndsWith('.') && !email.Any(char.IsWhiteSpace);
    }
}
