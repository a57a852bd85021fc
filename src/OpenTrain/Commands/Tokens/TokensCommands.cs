using OpenTrain.Commands.Auth;
using OpenTrain.Http;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Tokens;

/// <summary>The <c>opentrain tokens</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("tokens"), Group(CommandGroup.Admin)]
internal sealed class TokensCommands(CommandContext context)
{
    /// <summary>Create an API token with some of this token's scopes, e.g. a narrower one for CI (its secret is saved, never printed).</summary>
    /// <param name="name">The token's name, 1–120 characters.</param>
    /// <param name="scope">A scope the new token carries, repeatable; each must be one this CLI's token has.</param>
    /// <param name="expiresIn">Lifetime such as 12h, 90d or 2w (default: no expiry).</param>
    /// <param name="save">Log in with the new token: later commands use it.</param>
    /// <param name="secretFile">Write the secret to this new file (mode 0600; an existing path is refused).</param>
    [Listed("opentrain tokens create --name ci-reporting --scope jobs:read --scope proposals:read --expires-in 90d --secret-file ci-token", "opentrain tokens create --name agent --scope jobs:write --scope payments:write --save"), Endpoint("POST", "/tokens", Requirement.AnyToken, "tokens/create"), JsonHelp("Print the POST /tokens response JSON as received, with the secret in \"token\" replaced by its mask.")]
    public Task Create(ConsoleAppContext app, [RequiredFlag] string? name = null, [RequiredFlag, Repeatable, OneOf(typeof(AgentScopes), nameof(AgentScopes.All))] string? scope = null, string? expiresIn = null, bool save = false, string? secretFile = null, CancellationToken cancellationToken = default)
    {
        var request = TokensCreateCommand.Request(name, RepeatedOption.Collect(app, "--scope"), expiresIn, context.Time.GetUtcNow(), ArgumentNames.Flags);
        return context.RunAsync(TokensCreateCommand.Operation(request, TokensCreateCommand.Keeping(save, secretFile, context.Credentials, context.BaseUrl, AuthRegisterCommand.EnvironmentToken(context), ArgumentNames.Flags)), cancellationToken);
    }

    /// <summary>List API tokens (active, expired and revoked; never their secrets).</summary>
    [Listed("opentrain tokens list"), Endpoint("GET", "/tokens", Requirement.AnyToken, "tokens/list")]
    public Task List(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, TokensListCommand.Operation(markTokenInUse: !context.Global.Json), cancellationToken);

    /// <summary>Revoke an API token by id (immediate and permanent).</summary>
    /// <param name="id">Same as --token-id.</param>
    /// <param name="tokenId">The token id (from 'opentrain tokens list'), never the secret.</param>
    [Listed("opentrain tokens revoke tok_123"), Endpoint("DELETE", "/tokens/{tokenId}", Requirement.AnyToken, "tokens/revoke")]
    public Task Revoke([Argument] string? id = null, string? tokenId = null, CancellationToken cancellationToken = default) => context.RunAsync(TokensRevokeCommand.Operation(TokensRevokeCommand.TokenId(CommandArgs.RequireId(id, tokenId, "--token-id"), ArgumentNames.Flags)), cancellationToken);
}
