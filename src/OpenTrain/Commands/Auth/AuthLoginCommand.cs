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
