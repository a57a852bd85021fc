using OpenTrain.Toolkit;
using OpenTrain.Http;

namespace OpenTrain.Commands.Tokens;

internal static class TokensListCommand
{
    /// <param name="markTokenInUse">Ask <c>/auth/me</c> first and mark the row of the token this CLI uses (human output only: <c>--json</c> is the body as received).</param>
    internal static ApiOperation<TokenListResponse> Operation(bool markTokenInUse = false)
    {
        string? inUse = null;
        return new(TokensRequests.List(), (response, output) => Write(response, inUse, output))
        {
            Before = markTokenInUse ? async (connection, cancellationToken) => inUse = await TryTokenInUseAsync(connection, cancellationToken) : null,
        };
    }

    // The mark is a decoration: when /auth/me fails the list is still shown, unmarked (a bad token fails on /tokens anyway).
    private static async Task<string?> TryTokenInUseAsync(ApiConnection connection, CancellationToken cancellationToken)
    {
        try
        {
            return await TokenInUse.IdAsync(connection, cancellationToken);
        }
        catch (OpenTrainApiException)
        {
            return null;
        }
    }

    private static void Write(TokenListResponse response, string? inUse, TextWriter output) =>
        TableOutput.WriteRows(output, response.Tokens, "No tokens.",
            ["ID", "NAME", "PREVIEW", "STATUS", "LAST USED", "SCOPES"],
            t => [t.Id, t.Name, t.Preview, t.Id is not null && t.Id == inUse ? $"{t.Status} (this CLI)" : t.Status, t.LastUsedAt ?? "never", string.Join(' ', t.Scopes ?? [])]);
}
