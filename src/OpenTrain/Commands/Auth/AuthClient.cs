using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Auth;

/// <summary>Agent auth (<c>/api/agent/*</c>, tokenless, OAuth error shape) and <c>GET /auth/me</c>.</summary>
internal sealed class AuthClient(ApiConnection connection)
{
    public const string ClaimGrantType = "urn:opentrain:agent-auth:grant-type:claim";

    public Task<ApiResponse<RegisterIdentityResponse>> RegisterAsync(string? agentName, string? organizationName, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Agent}/identity", new RegisterIdentityRequest("anonymous", agentName, organizationName), OpenTrainJson.Context.RegisterIdentityRequest) with { Authenticated = false },
            OpenTrainJson.Context.RegisterIdentityResponse, cancellationToken);

    public Task<ApiResponse<StartClaimResponse>> StartClaimAsync(string claimToken, string email, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Agent}/identity/claim", new StartClaimRequest(claimToken, email), OpenTrainJson.Context.StartClaimRequest) with { Authenticated = false },
            OpenTrainJson.Context.StartClaimResponse, cancellationToken);

    public Task<ApiResponse<ClaimTokenResponse>> PollClaimTokenAsync(string claimToken, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Form($"{ApiPaths.Agent}/oauth/token", new("grant_type", ClaimGrantType), new("claim_token", claimToken)) with { Authenticated = false },
            OpenTrainJson.Context.ClaimTokenResponse, cancellationToken);

    public Task<ApiResponse<AuthMeResponse>> GetMeAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/auth/me"), OpenTrainJson.Context.AuthMeResponse, cancellationToken);
}
