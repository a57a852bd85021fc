using OpenTrain.Generated;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Auth;

internal sealed record ClaimOptions(string Email, string? ClaimToken);

internal static class AuthClaimCommand
{
    internal static async Task RunAsync(CommandContext context, ClaimOptions options, CancellationToken cancellationToken)
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
