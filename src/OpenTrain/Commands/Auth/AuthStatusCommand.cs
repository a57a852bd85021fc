using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Auth;

[RegisterCommands("auth")]
internal sealed class AuthStatusCommand(CommandContext context)
{
    /// <summary>Show the authenticated user, token scopes and account.</summary>
    [Listed(CommandGroup.Onboarding, "opentrain whoami --json")]
    [Endpoint("GET", "/auth/me", Requirement.AnyToken, "auth/me")]
    [JsonHelp("Print the /auth/me response JSON as received, plus cliAccess (the commands this token can use).")]
    [Command("status|whoami")]
    public Task Status(ConsoleAppContext app, CancellationToken cancellationToken = default) =>
        context.RunAsync(app, Operation(context.BaseUrl.Text, context.Saved), cancellationToken);

    /// <summary>
    /// With <paramref name="saved"/> (the CLI), the summary also lists what the token can use, and
    /// <c>--json</c> appends the same as <c>cliAccess</c>; MCP results stay the <c>/auth/me</c> body.
    /// </summary>
    internal static ApiOperation<AuthMeResponse> Operation(string baseUrl, Config.Credentials? saved = null) =>
        new(AuthRequests.GetMe(), (me, output) =>
        {
            IdentitySummary.Write(output, me, baseUrl);
            if (saved is not null) TokenAccess.Write(output, me.Token?.Scopes, saved.ClaimToken is not null);
        })
        {
            JsonExtra = saved is null ? null : me => (TokenAccess.JsonField, TokenAccess.Json(me.Token?.Scopes, saved.ClaimToken is not null)),
        };
}
