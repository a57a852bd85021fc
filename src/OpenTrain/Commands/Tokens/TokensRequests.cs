using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Tokens;

/// <summary><c>/tokens</c>: list and revoke by id (minting is <c>tokens create</c>'s own request).</summary>
internal static class TokensRequests
{
    public static ApiCall<TokenListResponse> List() => ApiRequest.Get($"{ApiPaths.Public}/tokens").Returning<TokenListResponse>();

    public static ApiCall<TokenResponse> Revoke(string tokenId) => ApiRequest.Delete($"{ApiPaths.Public}/tokens/{ApiPaths.Segment(tokenId)}").Returning<TokenResponse>();
}
