using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Http;

/// <summary>One API call as a handler sees it: route values, query, body, and the gates.</summary>
public sealed class ApiRequest(HttpContext http, SandboxState state, byte[] body)
{
    public HttpContext Http { get; } = http;
    public SandboxState State { get; } = state;
    public DateTimeOffset Now => State.Now;

    public string Route(string name) => Http.Request.RouteValues[name]?.ToString() ?? "";

    /// <summary>Last value of a query parameter; empty counts as absent.</summary>
    public string? Query(string name) =>
        Http.Request.Query.TryGetValue(name, out var v) && v.Count > 0 && !string.IsNullOrEmpty(v[^1]) ? v[^1] : null;

    public bool HasBody => body.Length > 0 && body.Any(b => !char.IsWhiteSpace((char)b));

    /// <summary>The body as a JSON object; 400 when missing or not an object.</summary>
    public JsonObject JsonBody()
    {
        if (!HasBody) throw ApiException.BadRequest("Request body must be a JSON object.");
        try
        {
            return JsonNode.Parse(body) as JsonObject ?? throw ApiException.BadRequest("Request body must be a JSON object.");
        }
        catch (JsonException)
        {
            throw ApiException.BadRequest("Request body is not valid JSON.");
        }
    }

    /// <summary>The body as a JSON object, or an empty object when there is none.</summary>
    public JsonObject OptionalJsonBody() => HasBody ? JsonBody() : [];

    /// <summary>An <c>application/x-www-form-urlencoded</c> body (agent OAuth endpoints).</summary>
    public IReadOnlyDictionary<string, string> FormBody()
    {
        var parsed = QueryHelpers.ParseQuery(Encoding.UTF8.GetString(body));
        return parsed.ToDictionary(kv => kv.Key, kv => kv.Value.Count > 0 ? kv.Value[^1] ?? "" : "", StringComparer.Ordinal);
    }

    /// <summary>401 unless a live bearer token is presented; records its use.</summary>
    public Caller Authenticate()
    {
        var header = Http.Request.Headers.Authorization.ToString();
        if (!header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase))
            throw ApiException.Unauthorized("Missing bearer token. Send Authorization: Bearer ot_pat_...");
        var raw = header["Bearer ".Length..].Trim();
        if (!State.TokensByRaw.TryGetValue(raw, out var token))
            throw ApiException.Unauthorized("Invalid API token.");
        var status = token.StatusAt(Now);
        if (status != "active")
            throw ApiException.Unauthorized(status == "revoked" ? "This API token has been revoked." : "This API token has expired.");
        var account = State.Accounts.Find(token.AccountId) ?? throw ApiException.Unauthorized("Invalid API token.");
        token.LastUsedAt = Now;
        Http.Items["sandbox.tokenId"] = token.Id;
        return new Caller(State, account, token);
    }

    /// <summary>Authenticates, then checks scope → feature → claim in that order.</summary>
    public Caller Gate(string? scope = null, string? feature = null, string? claimAction = null)
    {
        var caller = Authenticate();
        if (scope is not null) caller.RequireScope(scope);
        if (feature is not null) caller.RequireFeature(feature);
        if (claimAction is not null) caller.RequireClaim(claimAction);
        return caller;
    }
}
