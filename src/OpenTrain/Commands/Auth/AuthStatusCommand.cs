using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Auth;

internal static class AuthStatusCommand
{
    /// <summary>
    /// With <paramref name="saved"/> (the CLI), the summary also lists what the token can use, and
    /// <c>--json</c> appends the same as <c>cliAccess</c> (with <paramref name="apiKeysPage"/>, where a human adds the
    /// missing scopes); MCP results stay the <c>/auth/me</c> body.
    /// </summary>
    internal static ApiOperation<AuthMeResponse> Operation(string baseUrl, Config.Credentials? saved = null, Uri? apiKeysPage = null) =>
        new(AuthRequests.GetMe(), (me, output) =>
        {
            IdentitySummary.Write(output, me, baseUrl);
            if (saved is not null) TokenAccess.Write(output, me.Token?.Scopes, saved.ClaimToken is not null, apiKeysPage);
        })
        {
            JsonExtra = saved is null ? null : me => (TokenAccess.JsonField, TokenAccess.Json(me.Token?.Scopes, saved.ClaimToken is not null, apiKeysPage)),
        };
}
