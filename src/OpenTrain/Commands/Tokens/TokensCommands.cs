using OpenTrain.Http;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Tokens;

/// <summary>The <c>opentrain tokens</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("tokens"), Group(CommandGroup.Admin)]
internal sealed class TokensCommands(CommandContext context)
{
    /// <summary>List API tokens (active, expired and revoked; never their secrets).</summary>
    [Listed("opentrain tokens list"), Endpoint("GET", "/tokens", Requirement.AnyToken, "tokens/list")]
    public Task List(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, TokensListCommand.Operation(markTokenInUse: !context.Global.Json), cancellationToken);

    /// <summary>Revoke an API token by id (immediate and permanent).</summary>
    /// <param name="id">Same as --token-id.</param>
    /// <param name="tokenId">The token id (from 'opentrain tokens list'), never the secret.</param>
    [Listed("opentrain tokens revoke tok_123"), Endpoint("DELETE", "/tokens/{tokenId}", Requirement.AnyToken, "tokens/revoke")]
    public Task Revoke([Argument] string? id = null, string? tokenId = null, CancellationToken cancellationToken = default) => context.RunAsync(TokensRevokeCommand.Operation(TokensRevokeCommand.TokenId(CommandArgs.RequireId(id, tokenId, "--token-id"), ArgumentNames.Flags)), cancellationToken);
}
