using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary><c>GET /auth/me</c> and token management (any valid token, no scope).</summary>
public static class TokensEndpoints
{
    public const int MaxActiveTokens = 25;

    public static void Map(ApiRoutes api)
    {
        api.Get("/auth/me", r => ApiResponse.Ok(TokenViews.Me(r.Authenticate())));
        api.Post("/tokens", Create);
        api.Get("/tokens", List);
        api.Delete("/tokens/{tokenId}", Revoke);
    }

    private static ApiResponse Create(ApiRequest request)
    {
        var caller = request.Authenticate();
        var body = request.OptionalJsonBody();
        var name = "API token";
        if (body["name"] is { } n)
        {
            if (n.GetValueKind() != JsonValueKind.String || n.GetValue<string>().Trim().Length is 0 or > 120)
                throw ApiException.Invalid([new ValidationIssue("invalid_string", "name", "name must be a non-empty string of at most 120 characters.")]);
            name = n.GetValue<string>();
        }

        IReadOnlyList<string> scopes = caller.Token.Scopes;
        if (body["scopes"] is { } s)
        {
            if (s is not JsonArray array || array.Any(x => x?.GetValueKind() != JsonValueKind.String))
                throw ApiException.Invalid([new ValidationIssue("invalid_type", "scopes", "scopes must be an array of strings.")]);
            scopes = array.Select(x => x!.GetValue<string>()).Distinct(StringComparer.Ordinal).ToList();
            var unknown = scopes.Where(x => !Scopes.IsKnown(x)).ToList();
            if (unknown.Count > 0)
                throw ApiException.BadRequest($"Unknown scope(s): {string.Join(", ", unknown)}.", new JsonObject
                {
                    ["unknownScopes"] = JsonValues.Strings(unknown),
                    ["supportedScopes"] = JsonValues.Strings(Scopes.All),
                });
            var uncovered = scopes.Where(x => !caller.Has(x)).ToList();
            if (uncovered.Count > 0)
                throw ApiException.Forbidden($"A token cannot grant scopes its creator lacks: {string.Join(", ", uncovered)}.", new JsonObject
                {
                    ["requiredScopes"] = JsonValues.Strings(uncovered),
                    ["grantedScopes"] = JsonValues.Strings(caller.Token.Scopes),
                });
        }

        DateTimeOffset? expiresAt = null;
        if (body["expiresAt"] is { } e)
        {
            if (e.GetValueKind() != JsonValueKind.String
                || !DateTimeOffset.TryParse(e.GetValue<string>(), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
                || parsed <= request.Now)
                throw ApiException.Invalid([new ValidationIssue("invalid_date", "expiresAt", "expiresAt must be an ISO 8601 timestamp in the future.")]);
            expiresAt = parsed;
        }

        var active = request.State.Tokens.All.Count(t => t.AccountId == caller.Account.Id && t.StatusAt(request.Now) == "active");
        if (active >= MaxActiveTokens)
            throw ApiException.ConflictReason("token_limit_reached", $"An account can have at most {MaxActiveTokens} active tokens.",
                new JsonObject { ["limit"] = MaxActiveTokens });

        var token = request.State.MintToken(caller.Account, name, scopes, expiresAt);
        return ApiResponse.Created(new JsonObject
        {
            ["token"] = token.Raw,
            ["tokenType"] = "bearer",
            ["metadata"] = TokenViews.Record(token, request.Now),
        });
    }

    private static ApiResponse List(ApiRequest request)
    {
        var caller = request.Authenticate();
        var tokens = request.State.Tokens.All.Where(t => t.AccountId == caller.Account.Id).Reverse()
            .Select(t => (JsonNode?)TokenViews.Record(t, request.Now));
        return ApiResponse.Ok(new JsonObject { ["tokens"] = JsonValues.Array(tokens) });
    }

    private static ApiResponse Revoke(ApiRequest request)
    {
        var caller = request.Authenticate();
        var id = request.Route("tokenId");
        var token = request.State.Tokens.Find(id);
        if (token is null || token.AccountId != caller.Account.Id)
            throw ApiException.NotFound($"No such token: {id}", new JsonObject { ["tokenId"] = id });
        token.RevokedAt ??= request.Now;
        return ApiResponse.Ok(new JsonObject { ["token"] = TokenViews.Record(token, request.Now) });
    }
}
