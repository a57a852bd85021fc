using OpenTrain.Toolkit;
using OpenTrain.Config;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Auth;

/// <summary>
/// Registering an agent identity and saving its credentials, shared by <c>auth register</c> and the
/// MCP tool <c>opentrain_register_agent</c>. The result never carries a secret (only a masked preview).
/// </summary>
internal static class Registration
{
    /// <summary>Why registering would overwrite saved credentials, or null when it may go ahead.</summary>
    public static string? Refusal(CredentialsStore store, Credentials saved, bool force, string howToReplace) =>
        saved.ApiToken is not null && !force
            ? $"credentials are already saved in {store.Path} (token {SecretMask.Mask(saved.ApiToken)}). {howToReplace}"
            : null;

    /// <summary>
    /// Registers, then saves token, base URL and claim token (even when an environment token is set).
    /// The "already registered" check, the registration and the save happen under one lock, so two
    /// concurrent registers can never create two accounts and keep one.
    /// </summary>
    public static Task<RegisterResult> RegisterAsync(ApiConnection connection, CredentialsStore store, BaseUrl url,
        string? agentName, string? organizationName, bool force, string howToReplace, string nextStep, CancellationToken cancellationToken) =>
        store.UpdateAsync(async file =>
        {
            if (Refusal(store, Credentials.From(file), force, howToReplace) is { } refusal) throw new CliException(refusal);
            var identity = (await connection.SendAsync(AuthRequests.Register(agentName, organizationName), cancellationToken)).Value;
            if (string.IsNullOrEmpty(identity.AccessToken))
                throw CliException.InvalidResponse("the registration response carried no access_token; nothing was saved");
            file[Credentials.ApiTokenKey] = identity.AccessToken;
            file[Credentials.BaseUrlKey] = url.Text;
            if (identity.ClaimToken is not null) file[Credentials.ClaimTokenKey] = identity.ClaimToken;
            else file.Remove(Credentials.ClaimTokenKey);
            return Result(identity, store, url, nextStep);
        }, cancellationToken);

    private static RegisterResult Result(RegisterIdentityResponse identity, CredentialsStore store, BaseUrl url, string nextStep) =>
        new RegisterResult("registered", identity.RegistrationId, identity.Scopes, identity.ClaimTokenExpiresAt,
            SecretMask.Mask(identity.AccessToken), store.Path, url.Text, nextStep);

    public static void Write(TextWriter output, RegisterResult result, Uri? apiKeysPage)
    {
        output.WriteLine("Registered a new agent account (unclaimed).");
        new KeyValueBlock()
            .Add("Registration", result.RegistrationId)
            .Add("Scopes", result.Scopes is { Count: > 0 } scopes ? string.Join(' ', scopes) : null)
            .Add("Token", $"{result.TokenPreview} (saved)")
            .Add("Claim by", result.ClaimTokenExpiresAt)
            .Add("Credentials", result.CredentialsPath)
            .Add("API", result.BaseUrl)
            .WriteTo(output, "  ");
        output.WriteLine();
        output.WriteLine("Next: a human owner claims the account:");
        output.WriteLine($"  {result.NextStep}");
        output.WriteLine($"Claiming unlocks {Operations.AgentScopes.Unlocks}");
        output.WriteLine(Operations.AgentScopes.StillNeedsHumanToken(apiKeysPage));
    }
}
