using OpenTrain.Generated;
using OpenTrain.Toolkit;
using OpenTrain.Config;
using OpenTrain.Http;

namespace OpenTrain.Commands.Auth;

/// <summary>The token as given: null (none given), "-" (standard input) or the token itself.</summary>
internal sealed record LoginOptions(string? ApiKey);

internal static class AuthLoginCommand
{
    internal static async Task RunAsync(CommandContext context, LoginOptions options, CancellationToken cancellationToken)
    {
        var token = (await TokenAsync(context.Terminal, options.ApiKey, cancellationToken)).Trim();
        if (token.Length == 0) throw new UsageException("--api-key is empty");
        var store = context.Credentials;
        var saved = store.Read();
        var url = context.ResolveBaseUrl(saved);
        using var connection = context.Connect(url, token);
        var me = await VerifyAndSaveAsync(connection, store, url, token, "--base-url", cancellationToken);

        if (context.Global.Json)
        {
            context.WriteJson(new LoginResult("logged_in", SecretMask.Mask(token), store.Path, url.Text, me), OpenTrainJson.Context.LoginResult);
            return;
        }
        Write(context.Terminal.Out, token, store.Path, me, url.Text);
        AuthRegisterCommand.WarnIfEnvironmentTokenWins(context);
    }

    /// <summary>
    /// Asks who the token belongs to (<c>GET /auth/me</c>) and only then saves it as the credentials file's token
    /// (mode 0600), as <c>auth login</c> and <c>opentrain_login</c> do. <paramref name="origin"/> names where the API origin is set.
    /// </summary>
    internal static async Task<AuthMeResponse> VerifyAndSaveAsync(ApiConnection connection, CredentialsStore store, BaseUrl url, string token, string origin,
        CancellationToken cancellationToken)
    {
        AuthMeResponse me;
        try
        {
            me = (await connection.SendAsync(AuthRequests.GetMe(), cancellationToken)).Value;
        }
        catch (OpenTrainApiException ex) when (ex.Status == 401)
        {
            throw new OperationFailedException(ex, "nothing was saved. Check that the whole token was copied (it starts with ot_pat_), " +
                $"that it was not revoked, and that it belongs to this API origin ({origin}).");
        }
        store.SaveApiToken(token, url);
        return me;
    }

    /// <summary>What a login prints: the token's mask, where it was saved, and who it is.</summary>
    internal static void Write(TextWriter output, string token, string path, AuthMeResponse me, string baseUrl)
    {
        output.WriteLine($"Logged in. Token {SecretMask.Mask(token)} saved to {path}.");
        IdentitySummary.Write(output, me, baseUrl);
    }

    internal const string Prompt = "Paste the API token (ot_pat_…; input is hidden), then press Enter: ";

    /// <summary>
    /// The token: typed hidden at a terminal (no <c>--api-key</c>, or <c>--api-key -</c> with standard input on a
    /// terminal), read whole from a pipe or file with <c>-</c>, else as given. Without a terminal it is required.
    /// </summary>
    private static async Task<string> TokenAsync(Terminal terminal, string? apiKey, CancellationToken cancellationToken) => apiKey switch
    {
        null or "-" when terminal.IsStdinTty => await terminal.ReadHiddenLineAsync(Prompt, cancellationToken),
        null => throw new UsageException("--api-key is required"),
        "-" => await terminal.In.ReadToEndAsync(cancellationToken),
        _ => apiKey,
    };
}
