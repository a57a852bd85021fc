using OpenTrain.Generated;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Auth;

internal sealed record ClaimOptions(string Email, string? ClaimToken);

[RegisterCommands("auth")]
internal sealed class AuthClaimCommand(CommandContext context)
{
    /// <summary>Email the human owner an invitation to claim the account.</summary>
    /// <param name="email">Email of the human owner (must not already have an OpenTrain account).</param>
    /// <param name="claimToken">Claim token to use (default: the one saved by 'auth register').</param>
    [Listed(CommandGroup.Onboarding, "opentrain auth claim --email owner@example.com")]
    [Endpoint("POST", "/api/agent/identity/claim", Requirement.NoTokenClaim, "agent-auth/claim")]
    [JsonHelp(JsonHelp.ResultObject)]
    public Task Claim([RequiredFlag] string? email = null, string? claimToken = null, CancellationToken cancellationToken = default) =>
        RunAsync(new ClaimOptions(CommandArgs.Require(email, "--email"), claimToken), cancellationToken);

    internal async Task RunAsync(ClaimOptions options, CancellationToken cancellationToken)
    {
        var saved = context.Credentials.Read();
        var claimToken = ClaimStart.RequireClaimToken(options.ClaimToken, saved, saved.ApiToken is null
            ? "pass --claim-token, or run 'opentrain auth register' first (the claim token is saved until the claim completes)"
            : ClaimStart.NoneBesideSavedToken);
        using var connection = context.Connect(context.ResolveBaseUrl(saved), token: null);
        var claim = await ClaimStart.StartAsync(connection, claimToken, options.Email, "opentrain auth claim-status --wait", cancellationToken);
        if (context.Global.Json)
        {
            context.WriteJson(claim, OpenTrainJson.Context.ClaimResult);
            return;
        }
        ClaimStart.Write(context.Terminal.Out, claim);
    }
}
