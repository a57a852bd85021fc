using OpenTrain.Generated;
using OpenTrain.Cli;
using OpenTrain.Config;

namespace OpenTrain.Commands.Auth;

internal sealed record RegisterOptions(string? AgentName, string? OrgName, bool Force);

[RegisterCommands("auth")]
internal sealed class RegisterCommand(CommandContext context)
{
    /// <summary>Register a new agent identity and save its credentials.</summary>
    /// <param name="agentName">--name, Display name of the agent, shown to the human on the claim page.</param>
    /// <param name="orgName">--organization-name, Name of the employer organization created with the account.</param>
    /// <param name="force">Replace credentials that are already saved.</param>
    public Task Register(string? agentName = null, string? orgName = null, bool force = false, CancellationToken cancellationToken = default) =>
        RunAsync(new RegisterOptions(agentName, orgName, force), cancellationToken);

    internal async Task RunAsync(RegisterOptions options, CancellationToken cancellationToken)
    {
        var store = context.Credentials;
        var saved = store.Read();
        if (saved.ApiToken is not null && !options.Force)
        {
            throw new CliException(
                $"credentials are already saved in {store.Path} (token {SecretMask.Mask(saved.ApiToken)}). " +
                "Run 'opentrain auth register --force' to replace them, or 'opentrain auth logout' first.");
        }
        var url = context.ResolveBaseUrl(saved);
        using var connection = context.Connect(url, token: null);
        var response = await connection.SendAsync(AuthApi.Register(options.AgentName, options.OrgName), cancellationToken);
        var identity = response.Value;
        if (string.IsNullOrEmpty(identity.AccessToken))
            throw new CliException("the registration response carried no access_token; nothing was saved");

        store.Update(file =>
        {
            file[Credentials.ApiTokenKey] = identity.AccessToken;
            file[Credentials.BaseUrlKey] = url.Text;
            if (identity.ClaimToken is not null) file[Credentials.ClaimTokenKey] = identity.ClaimToken;
            else file.Remove(Credentials.ClaimTokenKey);
        }, CancellationToken.None);

        const string next = "opentrain auth claim --email <human-email>";
        if (context.Global.Json)
        {
            context.WriteJson(new RegisterResult("registered", identity.RegistrationId, identity.Scopes, identity.ClaimTokenExpiresAt,
                SecretMask.Mask(identity.AccessToken), store.Path, url.Text, next), OpenTrainJson.Context.RegisterResult);
            return;
        }
        var output = context.Terminal.Out;
        output.WriteLine("Registered a new agent account (unclaimed).");
        new KeyValueBlock()
            .Add("Registration", identity.RegistrationId)
            .Add("Scopes", identity.Scopes is { Count: > 0 } scopes ? string.Join(' ', scopes) : null)
            .Add("Token", $"{SecretMask.Mask(identity.AccessToken)} (saved)")
            .Add("Claim by", identity.ClaimTokenExpiresAt)
            .Add("Credentials", store.Path)
            .Add("API", url.Text)
            .WriteTo(output, "  ");
        output.WriteLine();
        output.WriteLine("Next: a human owner claims the account (unlocks hiring, messaging and payments):");
        output.WriteLine($"  {next}");
        WarnIfEnvironmentTokenWins(context);
    }

    internal static void WarnIfEnvironmentTokenWins(CommandContext context)
    {
        foreach (var name in new[] { "OT_API_TOKEN", "OPENTRAIN_API_TOKEN" })
        {
            if (context.GetEnv(name) is null) continue;
            context.Terminal.Err.WriteLine($"Note: {name} is set and takes precedence over the saved token; unset it to use the saved one.");
            return;
        }
    }
}
