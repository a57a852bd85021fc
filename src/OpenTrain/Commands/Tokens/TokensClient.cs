using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Tokens;

/// <summary><c>/tokens</c>: list and revoke by id (minting is HTTP-only, by design).</summary>
internal sealed class TokensClient(ApiConnection connection)
{
    public Task<ApiResponse<TokenListResponse>> ListAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/tokens"), OpenTrainJson.Context.TokenListResponse, cancellationToken);

    public Task<ApiResponse<TokenResponse>> RevokeAsync(string tokenId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Delete($"{ApiPaths.Public}/tokens/{ApiPaths.Segment(tokenId)}"),
            OpenTrainJson.Context.TokenResponse, cancellationToken);
}
