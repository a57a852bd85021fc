using OpenTrain.Commands.Auth;
using OpenTrain.Http;

namespace OpenTrain.Commands.Tokens;

/// <summary>Which token this CLI is calling with: only <c>GET /auth/me</c> says (the saved or environment token's id).</summary>
internal static class TokenInUse
{
    public static async Task<string?> IdAsync(ApiConnection connection, CancellationToken cancellationToken) =>
        (await connection.SendAsync(AuthRequests.GetMe(), cancellationToken)).Value.Token?.Id;
}
