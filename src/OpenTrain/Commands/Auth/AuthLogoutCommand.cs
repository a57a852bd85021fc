using OpenTrain.Generated;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Auth;

internal static class AuthLogoutCommand
{
    internal const string NotRevokedNote =
        "Logging out does not revoke the token: unless it was already revoked or has expired, it keeps working. " +
        "Revoke it with 'opentrain tokens revoke <token-id>' if it may have leaked.";

    internal static void Run(CommandContext context, CancellationToken cancellationToken)
    {
        var path = context.Credentials.Path;
        var deleted = context.Credentials.Delete(cancellationToken);
        if (context.Global.Json)
        {
            context.WriteJson(new LogoutResult(deleted ? "logged_out" : "not_logged_in", path), OpenTrainJson.Context.LogoutResult);
        }
        else if (deleted)
        {
            context.Terminal.Out.WriteLine($"Logged out: deleted {path}.");
            // No request (spec: logout is local), so the token's state is unknown: it may already be revoked or expired.
            context.Terminal.Err.WriteLine(NotRevokedNote);
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
