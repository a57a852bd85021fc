using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Http;

/// <summary>The authenticated account and token of a Public API request, with the three access gates.</summary>
public sealed class Caller(SandboxState state, Account account, ApiToken token)
{
    public Account Account { get; } = account;
    public ApiToken Token { get; } = token;

    public bool Has(string scope) => Scopes.Covers(Token.Scopes, scope);

    /// <summary>403 unless the token covers every scope; details name what is missing.</summary>
    public Caller RequireScope(params string[] required)
    {
        var missing = required.Where(s => !Has(s)).ToList();
        if (missing.Count > 0)
            throw ApiException.Forbidden($"This token is missing the required scope(s): {string.Join(", ", missing)}.", new JsonObject
            {
                ["requiredScopes"] = JsonValues.Strings(missing),
                ["grantedScopes"] = JsonValues.Strings(Token.Scopes),
            });
        return this;
    }

    /// <summary>403 with <c>details.featureKey</c> when the account's feature flag is off.</summary>
    public Caller RequireFeature(string feature)
    {
        if (!state.FeatureEnabled(Account, feature))
            throw ApiException.Forbidden($"The feature {feature} is not enabled for this account.", new JsonObject
            {
                ["featureKey"] = feature,
                ["mode"] = "ALLOWLIST",
            });
        return this;
    }

    /// <summary>403 <c>account_claim_required</c> for unclaimed agent accounts.</summary>
    public Caller RequireClaim(string action)
    {
        if (!Account.Claimed)
            throw ApiException.Forbidden($"A human must claim this agent account before it can {action}.", new JsonObject
            {
                ["reason"] = "account_claim_required",
                ["action"] = action,
                ["claimUrl"] = state.Link("/claim"),
            });
        return this;
    }
}
