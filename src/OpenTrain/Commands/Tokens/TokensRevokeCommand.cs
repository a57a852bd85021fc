using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Tokens;

internal static class TokensRevokeCommand
{
    // A secret on the command line would end up in shell history; the API wants the id anyway.
    internal static string TokenId(string id, ArgumentNames names) =>
        id.StartsWith("ot_", StringComparison.Ordinal)
            ? throw new UsageException($"{names["tokenId"]} takes the token's id (see '{new ShellCommand("opentrain tokens list")}'), not the token secret")
            : id;

    internal static ApiOperation<TokenResponse> Operation(string tokenId)
    {
        string? inUse = null;
        return new(TokensRequests.Revoke(tokenId), (response, output) => Write(tokenId, response, output))
        {
            // Ask who we are first: once our own token is revoked, no call can tell us any more.
            Before = async (connection, cancellationToken) => inUse = await TokenInUse.IdAsync(connection, cancellationToken),
            Warning = () => inUse == tokenId
                ? $"Warning: {tokenId} is the token this CLI is using: later commands will fail with 401 until you log in with another token ('{CommonHints.Login}'). The credentials file was left as it is."
                : null,
        };
    }

    private static void Write(string tokenId, TokenResponse response, TextWriter output)
    {
        var token = response.Token;
        var label = string.Join(' ', new[] { token?.Name, token?.Preview is { } p ? $"({p})" : null }.Where(s => s is not null));
        output.WriteLine($"Revoked token {token?.Id ?? tokenId}{(label.Length > 0 ? $" {label}" : "")}{(token?.RevokedAt is { } at ? $" at {at}" : "")}.");
    }
}
