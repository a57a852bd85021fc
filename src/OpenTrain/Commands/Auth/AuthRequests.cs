using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Auth;

/// <summary>Agent auth (<c>/api/agent/*</c>, tokenless, OAuth error shape) and <c>GET /auth/me</c>.</summary>
internal static class AuthRequests
{
    public const string ClaimGrantType = "urn:opentrain:agent-auth:grant-type:claim";

    public static ApiCall<RegisterIdentityResponse> Register(string? agentName, string? organizationName) => (ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Agent}/identity", new RegisterIdentityRequest("anonymous", agentName, organizationName), OpenTrainJson.Context.RegisterIdentityRequest) with { Authenticated = false }).Returning<RegisterIdentityResponse>();

    public static ApiCall<StartClaimResponse> StartClaim(string claimToken, string email) => (ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Agent}/identity/claim", new StartClaimRequest(claimToken, email), OpenTrainJson.Context.StartClaimRequest) with { Authenticated = false }).Returning<StartClaimResponse>();

    public static ApiCall<ClaimTokenResponse> PollClaimToken(string claimToken) => (ApiRequest.Form($"{ApiPaths.Agent}/oauth/token", new("grant_type", ClaimGrantType), new("claim_token", claimToken)) with { Authenticated = false }).Returning<ClaimTokenResponse>();

    public static ApiCall<AuthMeResponse> GetMe() => ApiRequest.Get($"{ApiPaths.Public}/auth/me").Returning<AuthMeResponse>();
}
