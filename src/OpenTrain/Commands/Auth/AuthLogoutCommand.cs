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
            ? $"Revoke it with '{Revoke}' if it may have leaked."
            : $"If it may have leaked, find {masked} in '{new ShellCommand("opentrain tokens list")}' (its preview starts and ends the same) and revoke that id with '{Revoke}'.");

    private static ShellCommand Revoke => new ShellCommand("opentrain tokens revoke").Placeholder(null, "token-id");

    // A corrupt file is deleted all the same; it just names no token.
    private static string? SavedToken(CredentialsStore store)
    {
        try
        {
            return store.Read().ApiToken;
        }
        catch (Exception ex) when (ex is CredentialsFileException or ConfigException or IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Deletes the credentials file (as <c>auth logout</c> and <c>opentrain_logout</c> do) and says what was there.</summary>
    internal static LogoutResult Logout(CredentialsStore store, CancellationToken cancellationToken)
    {
        var masked = SavedToken(store) is { } saved ? SecretMask.Mask(saved) : null;
        var deleted = store.Delete(cancellationToken);
        return new LogoutResult(deleted ? "logged_out" : "not_logged_in", store.Path, deleted ? masked : null);
    }

    /// <summary>The summary line of a logout (the not-revoked note goes with it when something was deleted).</summary>
    internal static string Summary(LogoutResult result) => result.Status == "logged_out"
        ? result.Token is null ? $"Logged out: deleted {result.CredentialsPath}." : $"Logged out: deleted {result.CredentialsPath} (token {result.Token})."
        : $"No saved credentials ({result.CredentialsPath} does not exist).";

    internal static void Run(CommandContext context, CancellationToken cancellationToken)
    {
        var result = Logout(context.Credentials, cancellationToken);
        if (context.Global.Json)
        {
            context.WriteJson(result, OpenTrainJson.Context.LogoutResult);
        }
        else
        {
            context.Terminal.Out.WriteLine(Summary(result));
            // No request (spec: logout is local), so the token's state is unknown: it may already be revoked or expired.
            if (result.Status == "logged_out") context.Terminal.Err.WriteLine(NotRevokedNote(result.Token));
        }
        foreach (var name in new[] { "OT_API_TOKEN", "OPENTRAIN_API_TOKEN" })
        {
            if (context.GetEnv(name) is not null)
                context.Terminal.Err.WriteLine($"Note: {name} is still set in the environment, so commands keep using that token.");
        }
    }
}
