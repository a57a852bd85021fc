using OpenTrain.Generated;
using OpenTrain.Toolkit;
using OpenTrain.Config;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;
using OpenTrain.Operations;

namespace OpenTrain.Commands.Auth;

internal sealed record LoginOptions(string ApiKey);

[RegisterCommands("auth")]
internal sealed class AuthLoginCommand(CommandContext context)
{
    /// <summary>Verify a personal API token and save it.</summary>
    /// <param name="apiKey">--token, Personal API token (ot_pat_...); '-' reads it from standard input.</param>
    [Listed(CommandGroup.Onboarding, "opentrain auth login --api-key \"$OPENTRAIN_TOKEN\"", "printf '%s' \"$OPENTRAIN_TOKEN\" | opentrain auth login --api-key -")]
    [Endpoint("GET", "/auth/me", Requirement.AnyToken, "auth/me")]
    [JsonHelp(JsonHelp.ResultObject)]
    public Task Login([RequiredFlag] string? apiKey = null, CancellationToken cancellationToken = default) =>
        RunAsync(new LoginOptions(CommandArgs.Require(apiKey, "--api-key")), cancellationToken);

    internal async Task RunAsync(LoginOptions options, CancellationToken cancellationToken)
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

        store.Update(file =>
        {
            file[Credentials.ApiTokenKey] = token;
            file[Credentials.BaseUrlKey] = url.Text;
            file.Remove(Credentials.ClaimTokenKey);
        }, CancellationToken.None);

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
