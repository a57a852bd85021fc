using OpenTrain.Config;
using OpenTrain.Generated;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Auth;

internal static class AuthLogoutCommand
{
    /// <summary>Logout is local (no request), so the token's id is unknown here: its mask is what matches a row of 'tokens list'.</summary>
    internal static string NotRevokedNote(string? masked) =>
        "Logging out does not revoke the token: unless it was already revoked or has expired, it keeps working. " +
        (masked is null
            ? "Revoke it with 'opentrain tokens revoke <token-id>' if it may have leaked."
            : $"If it may have leaked, find {masked} in 'opentrain tokens list' (its preview starts and ends the same) and revoke that id with 'opentrain tokens revoke <token-id>'.");

    // A corrupt file is deleted all the same; it just names no token.
    private static string? SavedToken(CommandContext context)
    {
        try
        {
            return context.Credentials.Read().ApiToken;
        }
        catch (Exception ex) when (ex is CredentialsFileException or ConfigException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    internal static void Run(CommandContext context, CancellationToken cancellationToken)
    {
        var path = context.Credentials.Path;
        var masked = SavedToken(context) is { } saved ? SecretMask.Mask(saved) : null;
        var deleted = context.Credentials.Delete(cancellationToken);
        if (context.Global.Json)
        {
            context.WriteJson(new LogoutResult(deleted ? "logged_out" : "not_logged_in", path, deleted ? masked : null), OpenTrainJson.Context.LogoutResult);
        }
        else if (deleted)
        {
            context.Terminal.Out.WriteLine(masked is null ? $"Logged out: deleted {path}." : $"Logged out: deleted {path} (token {masked}).");
            // No request (spec: logout is local), so the token's state is unknown: it may already be revoked or expired.
            context.Terminal.Err.WriteLine(NotRevokedNote(masked));
        }
        else
        {
            context.Terminal.Out.WriteLine($"No saved credentials ({path} does not exist).");
        }
        foreach (var name in new[] { "OT_API_TOKEN", "OPENTRAIN_API_TOKEN" })
        {
            if (context.GetEnv(name) is not null)
                context.Terminal.Err.WriteLine($"Note: {name} is still set in the environment, so commands keep using that token.");
        }
    }
}
