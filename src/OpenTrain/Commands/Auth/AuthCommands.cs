using OpenTrain.Config;
using OpenTrain.Generated.Contracts;
using OpenTrain.Generated;
using OpenTrain.Http;
using OpenTrain.Operations;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Auth;

/// <summary>The <c>opentrain auth</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("auth"), Group(CommandGroup.Onboarding)]
internal sealed class AuthCommands(CommandContext context)
{
    /// <summary>Email the human owner an invitation to claim the account.</summary>
    /// <param name="email">Email of the human owner (must not already have an OpenTrain account).</param>
    /// <param name="claimToken">Claim token to use (default: the one saved by 'auth register').</param>
    [Listed("opentrain auth claim --email owner@example.com"), Endpoint("POST", "/api/agent/identity/claim", Requirement.NoTokenClaim, "agent-auth/claim"), JsonHelp(JsonHelp.ResultObject)]
    public Task Claim([RequiredFlag] string? email = null, string? claimToken = null, CancellationToken cancellationToken = default) => AuthClaimCommand.RunAsync(context, new ClaimOptions(CommandArgs.Require(email, "--email"), claimToken), cancellationToken);

    /// <summary>Check (or wait for) the claim and save the post-claim token.</summary>
    /// <param name="wait">Poll until the human completes the claim.</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5 (fractions allowed); slow_down adds 5.</param>
    /// <param name="claimToken">Claim token to check (default: the saved one).</param>
    [Listed("opentrain auth claim-status --wait --timeout 600"), Endpoint("POST", "/api/agent/oauth/token", Requirement.NoTokenClaim, "agent-auth/token"), JsonHelp(JsonHelp.ResultObject)]
    public Task ClaimStatus(bool wait = false, string? timeout = null, string? interval = null, string? claimToken = null, CancellationToken cancellationToken = default) => AuthClaimStatusCommand.RunAsync(context, new ClaimStatusOptions(wait, WaitOptions.Seconds(timeout, 1800, "--timeout"), WaitOptions.Seconds(interval, 5, "--interval"), claimToken), cancellationToken);

    /// <summary>Verify a personal API token and save it.</summary>
    /// <param name="apiKey">--token, Personal API token (ot_pat_...); '-' reads it from standard input. Required unless standard input is a terminal: there, without it (or with '-'), you are asked for it and the typing is hidden.</param>
    [Listed("opentrain auth login --api-key \"$OPENTRAIN_TOKEN\"", "printf '%s' \"$OPENTRAIN_TOKEN\" | opentrain auth login --api-key -"), Endpoint("GET", "/auth/me", Requirement.AnyToken, "auth/me"), JsonHelp(JsonHelp.ResultObject)]
    public Task Login(string? apiKey = null, CancellationToken cancellationToken = default) => AuthLoginCommand.RunAsync(context, new LoginOptions(apiKey), cancellationToken);

    /// <summary>Delete the saved credentials (does not revoke the token).</summary>
    [Listed("opentrain auth logout"), JsonHelp(JsonHelp.ResultObject)]
    public Task Logout(ConsoleAppContext app, CancellationToken cancellationToken = default)
    {
        CommandArgs.RejectExtra(app);
        AuthLogoutCommand.Run(context, cancellationToken);
        return Task.CompletedTask;
    }

    /// <summary>Register a new agent identity and save its credentials.</summary>
    /// <param name="agentName">--name, Display name of the agent, shown to the human on the claim page.</param>
    /// <param name="orgName">--organization-name, Name of the employer organization created with the account.</param>
    /// <param name="force">Replace credentials that are already saved.</param>
    [Listed("opentrain auth register --agent-name \"Labeling agent\" --org-name \"Acme AI\""), Endpoint("POST", "/api/agent/identity", Requirement.NoToken, "agent-auth/register"), JsonHelp(JsonHelp.ResultObject)]
    public Task Register(string? agentName = null, string? orgName = null, bool force = false, CancellationToken cancellationToken = default) => AuthRegisterCommand.RunAsync(context, new RegisterOptions(agentName, orgName, force), cancellationToken);

    /// <summary>Show the authenticated user, token scopes and account.</summary>
    [Listed("opentrain whoami --json"), Endpoint("GET", "/auth/me", Requirement.AnyToken, "auth/me"), JsonHelp("Print the /auth/me response JSON as received, plus cliAccess (the commands this token can use)."), Command("status|whoami")]
    public Task Status(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, AuthStatusCommand.Operation(context.BaseUrl.Text, context.Saved, context.BaseUrl.ApiKeysPage), cancellationToken);
}
