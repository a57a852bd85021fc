using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary><c>/.well-known/*</c> discovery documents and the human-facing claim page stub.</summary>
public static class DiscoveryEndpoints
{
    public static void Map(ApiRoutes root)
    {
        root.Get("/.well-known/oauth-protected-resource", r => ApiResponse.Ok(new JsonObject
        {
            ["resource"] = r.State.Link("/api/public/v1"),
            ["authorization_servers"] = JsonValues.Strings([r.State.PublicOrigin]),
            ["scopes_supported"] = JsonValues.Strings(Scopes.All),
            ["bearer_methods_supported"] = JsonValues.Strings(["header"]),
            ["resource_documentation"] = "https://www.opentrain.ai/docs/developers/overview",
        }));
        root.Get("/.well-known/oauth-authorization-server", r => ApiResponse.Ok(new JsonObject
        {
            ["issuer"] = r.State.PublicOrigin,
            ["token_endpoint"] = r.State.Link("/api/agent/oauth/token"),
            ["revocation_endpoint"] = r.State.Link("/api/agent/oauth/revoke"),
            ["grant_types_supported"] = JsonValues.Strings([AgentAuthEndpoints.ClaimGrantType]),
            ["scopes_supported"] = JsonValues.Strings(Scopes.All),
            ["agent_auth"] = new JsonObject
            {
                ["identity_endpoint"] = r.State.Link("/api/agent/identity"),
                ["claim_endpoint"] = r.State.Link("/api/agent/identity/claim"),
                ["grant_type"] = AgentAuthEndpoints.ClaimGrantType,
                ["interval"] = r.State.Options.ClaimPollIntervalSeconds,
            },
        }));
    }
}
