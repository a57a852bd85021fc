using OpenTrain.Generated;
using OpenTrain.Toolkit;
using OpenTrain.Config;

namespace OpenTrain.Commands.Auth;

internal sealed record RegisterOptions(string? AgentName, string? OrgName, bool Force);

[RegisterCommands("auth")]
internal sealed class AuthRegisterCommand(CommandContext context)
{
    /// <summary>Register a new agent identity and save its credentials.</summary>
    /// <param name="agentName">--name, Display name of the agent, shown to the human on the claim page.</param>
    /// <param name="orgName">--organization-name, Name of the employer organization created with the account.</param>
    /// <param name="force">Replace credentials that are already saved.</param>
    [Listed(CommandGroup.Onboarding, "opentrain auth register --agent-name \"Labeling agent\" --org-name \"Acme AI\"")]
    [Endpoint("POST", "/api/agent/identity", Requirement.NoToken, "agent-auth/register")]
    [JsonHelp(JsonHelp.ResultObject)]
    public Task Register(string? agentName = null, string? orgName = null, bool force = false, CancellationToken cancellationToken = default) =>
        RunAsync(new RegisterOptions(agentName, orgName, force), cancellationToken);

    internal async Task RunAsync(RegisterOptions options, CancellationToken cancellationToken)
    {
        var store = context.Credentials;
        var saved = store.Read();
        const string howToReplace = "Run 'opentrain auth register --force' to replace them, or 'opentrain auth logout' first.";
        if (Registration.Refusal(store, saved, options.Force, howToReplace) is { } refusal) throw new CliException(refusal);
        var url = context.ResolveBaseUrl(saved);
        using var connection = context.Connect(url, token: null);
        var result = await Registration.RegisterAsync(connection, store, url, options.AgentName, options.OrgName, options.Force, howToReplace,
            "opentrain auth claim --email <human-email>", cancellationToken);
        if (context.Global.Json)
        {
            context.WriteJson(result, OpenTrainJson.Context.RegisterResult);
            return;
        }
        Registration.Write(context.Terminal.Out, result);
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
