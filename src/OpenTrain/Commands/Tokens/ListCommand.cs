using OpenTrain.Cli;

namespace OpenTrain.Commands.Tokens;

[RegisterCommands("tokens")]
internal sealed class ListCommand(CommandContext context)
{
    /// <summary>List API tokens (active, expired and revoked; never their secrets).</summary>
    public Task List(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, Operation(), cancellationToken);

    internal static ApiOperation<TokenListResponse> Operation() => new(TokensApi.List(), Write);

    private static void Write(TokenListResponse response, TextWriter output) =>
        TableOutput.WriteRows(output, response.Tokens, "No tokens.",
            ["ID", "NAME", "PREVIEW", "STATUS", "LAST USED", "SCOPES"],
            t => [t.Id, t.Name, t.Preview, t.Status, t.LastUsedAt ?? "never", string.Join(' ', t.Scopes ?? [])]);
}
