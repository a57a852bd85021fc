using OpenTrain.Generated;
using OpenTrain.Toolkit;
using OpenTrain.Config;
using OpenTrain.Http;

namespace OpenTrain.Commands.Auth;

internal sealed record LoginOptions(string ApiKey);

internal static class AuthLoginCommand
{
    internal static async Task RunAsync(CommandContext context, LoginOptions options, CancellationToken cancellationToken)
    {
        var token = options.ApiKey == "-" ? (await context.Terminal.In.ReadToEndAsync(cancellationToken)).Trim() : options.ApiKey.Trim();
        if (token.Length == 0) throw new UsageException("--api-key is empty");
        var store = context.Credentials;
        var saved = store.Read();
        var url = context.ResolveBaseUrl(saved);
        using var connection = context.Connect(url, token);
        AuthMeResponse me;
        try
        {
            me = (await connection.SendAsync(AuthRequests.GetMe(), cancellationToken)).Value;
        }
        catch (OpenTrainApiException ex) when (ex.Status == 401)
        {
            throw new OperationFailedException(ex, "nothing was saved. Check that the whole token was copied (it starts with ot_pat_), " +
                "that it was not revoked, and that it belongs to this API origin (--base-url).");
        }

        store.SaveApiToken(token, url);

        if (context.Global.Json)
        {
            context.WriteJson(new LoginResult("logged_in", SecretMask.Mask(token), store.Path, url.Text, me), OpenTrainJson.Context.LoginResult);
            return;
        }
        context.Terminal.Out.WriteLine($"Logged in. Token {SecretMask.Mask(token)} saved to {store.Path}.");
        IdentitySummary.Write(context.Terminal.Out, me, url.Text);
        AuthRegisterCommand.WarnIfEnvironmentTokenWins(context);
    }
}
