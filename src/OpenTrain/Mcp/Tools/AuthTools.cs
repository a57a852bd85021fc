using OpenTrain.Commands.Auth;
using OpenTrain.Commands.Jobs;
using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Mcp.Tools;

/// <summary>Onboarding and identity: register, claim, claim status, who am I, capabilities.</summary>
internal static class AuthTools
{
    private const string ClaimNext = "Call opentrain_claim_status until the human completes the claim (it saves the post-claim token).";

    public static IEnumerable<McpTool> All() =>
    [
        new McpTool("opentrain_register_agent", "Register an agent account", "auth register",
            "Create a new, unclaimed OpenTrain agent account and save its token to the shared credentials file " +
            "(${XDG_CONFIG_HOME:-~/.config}/opentrain/cli.json, also used by the opentrain CLI). Unclaimed accounts can draft and publish " +
            "(3 jobs a day) but not hire, message or pay. Refuses when credentials are already saved unless force is true. " +
            "Next step: ask the human for their email address and call opentrain_claim_account.",
            new ToolSchema()
                .String("agentName", "Display name for the agent identity, shown to the human on the claim page.")
                .String("organizationName", "Name of the employer organization created with the account.")
                .Boolean("force", "Overwrite saved credentials with a brand-new account (the old token stays valid but is forgotten)."),
            RegisterAsync) { Onboarding = true, Output = typeof(RegisterResult) },

        new McpTool("opentrain_claim_account", "Ask a human to claim the account", "auth claim",
            "Email the human owner an invitation to claim this agent account (unlocks hiring, sending messages and team invites; " +
            "money moves and webhooks still need a token a human creates in the app). " +
            "Show the human the returned verification URL and code (the email may land in spam). " + ClaimNext,
            new ToolSchema()
                .String("email", "Email of the human owner; it must not already belong to an OpenTrain account.", required: true)
                .String("claimToken", "Claim token to use (default: the one saved by opentrain_register_agent)."),
            ClaimAsync) { Onboarding = true, Output = typeof(ClaimResult) },

        new McpTool("opentrain_claim_status", "Check the claim", "auth claim-status",
            "Check once whether the human has completed the claim. When they have, the post-claim token replaces the saved one in the " +
            $"shared credentials file and earlier tokens stop working; it carries {string.Join(", ", [.. AgentScopes.PreClaim, .. AgentScopes.AddedByClaim])} " +
            $"but not {string.Join(" or ", AgentScopes.HumanTokenOnly)}, which only a token a human creates in the app has (set as OPENTRAIN_PERSONAL_API_TOKEN for this server). " +
            "Returns status 'pending' or 'claimed'; while pending, wait 5 seconds and call again (error 'slow_down' means this call came too early: wait 10).",
            new ToolSchema().String("claimToken", "Claim token to check (default: the saved one)."),
            ClaimStatusAsync) { Onboarding = true, Output = typeof(ClaimStatusResult) },

        new McpTool("opentrain_login", "Save a token a human made", "auth login",
            "Save an API token a human created in the app (Settings → API keys): checks it with the API first (who it belongs to), then " +
            "saves it to the shared credentials file (mode 0600) for later calls. Nothing is saved when the API rejects it. " +
            "The token is never shown in results (only its mask).",
            new ToolSchema().String("apiKey", "The API token (ot_pat_…) the human created.", required: true),
            LoginAsync) { Onboarding = true, Extra = true, Output = typeof(LoginResult) },

        new McpTool("opentrain_logout", "Forget the saved token", "auth logout",
            "Delete the shared credentials file (local: nothing is sent, the token is not revoked; revoke it with opentrain_revoke_token if it may have leaked).",
            ToolSchema.None, (_, context, cancellationToken) => Task.FromResult(Logout(context, cancellationToken))) { Onboarding = true, Extra = true, Output = typeof(LogoutResult) },

        McpTool.For("opentrain_auth_status", "Who am I", "auth status",
            "Show the authenticated user, the token's scopes and the account. Use it first to check the credentials work.",
            ToolSchema.None, (_, context) => AuthStatusCommand.Operation(context.Resolve().BaseUrl.Text)),

        McpTool.For("opentrain_capabilities", "Account capabilities", "jobs draft capabilities",
            "Which public-API features this account has (draft, publish, hiring, messaging writes, team, payments, credits, webhooks), " +
            "plus the draft fields opentrain_update_job_draft_fields accepts and their enum values.",
            ToolSchema.None, (_, _) => CapabilitiesOperation.Operation()),
    ];

    private static async Task<ToolResult> RegisterAsync(ToolArguments args, McpToolContext context, CancellationToken cancellationToken)
    {
        const string howToReplace = "Call opentrain_register_agent with force: true to replace them with a new account, or keep using the saved one (check it with opentrain_auth_status).";
        var settings = context.Resolve();
        var force = args.Bool("force");
        if (Registration.Refusal(context.Store, settings.Saved, force, howToReplace) is { } refusal)
            return ToolResult.Failure("CREDENTIALS_EXIST", refusal, $"Error: {refusal}");
        var url = settings.BaseUrl;
        using var connection = context.Connect(url, token: null);
        var result = await Registration.RegisterAsync(connection, context.Store, url, args.String("agentName"), args.String("organizationName"),
            force, howToReplace, "Ask the human for their email address and call opentrain_claim_account.", cancellationToken);
        return ToolResult.Success(Render(output => Registration.Write(output, result, url.ApiKeysPage)) + EnvironmentNote(context), result, OpenTrainJson.Context.RegisterResult);
    }

    private static async Task<ToolResult> ClaimAsync(ToolArguments args, McpToolContext context, CancellationToken cancellationToken)
    {
        var email = args.Required("email");
        var settings = context.Resolve();
        var claimToken = ClaimStart.RequireClaimToken(args.String("claimToken"), settings.Saved,
            "pass claimToken, or call opentrain_register_agent first (the claim token is saved until the claim completes)");
        using var connection = context.Connect(settings.BaseUrl, token: null);
        var claim = await ClaimStart.StartAsync(connection, claimToken, email, ClaimNext, cancellationToken);
        return ToolResult.Success(Render(output => ClaimStart.Write(output, claim)), claim, OpenTrainJson.Context.ClaimResult);
    }

    private static async Task<ToolResult> ClaimStatusAsync(ToolArguments args, McpToolContext context, CancellationToken cancellationToken)
    {
        var settings = context.Resolve();
        var claimToken = ClaimStart.RequireClaimToken(args.String("claimToken"), settings.Saved,
            "pass claimToken, or call opentrain_register_agent and opentrain_claim_account first");
        var url = settings.BaseUrl;
        using var connection = context.Connect(url, token: null);
        var poll = await ClaimPoll.PollOnceAsync(connection, claimToken, "opentrain_register_agent (force: true)", cancellationToken);
        if (poll.Token is not { } token)
        {
            return poll.SlowDown
                ? ToolResult.Success($"{ClaimPoll.PendingText}\nThis call came too early (slow_down): wait at least 10 seconds before calling opentrain_claim_status again.",
                    ClaimPoll.Pending with { Error = "slow_down", Message = "polled too early: wait at least 10 seconds before the next call" }, OpenTrainJson.Context.ClaimStatusResult)
                : ToolResult.Success($"{ClaimPoll.PendingText}\nCall opentrain_claim_status again in 5 seconds.", ClaimPoll.Pending, OpenTrainJson.Context.ClaimStatusResult);
        }
        var result = ClaimPoll.Save(context.Store, url, token);
        return ToolResult.Success(Render(output => ClaimPoll.WriteClaimed(output, result, url.ApiKeysPage)) + EnvironmentNote(context), result, OpenTrainJson.Context.ClaimStatusResult);
    }

    private static async Task<ToolResult> LoginAsync(ToolArguments args, McpToolContext context, CancellationToken cancellationToken)
    {
        var token = args.Required("apiKey").Trim();
        var url = context.Resolve().BaseUrl;
        using var connection = context.Connect(url, token);
        var me = await AuthLoginCommand.VerifyAndSaveAsync(connection, context.Store, url, token, OpenTrain.Config.EnvironmentNames.BaseUrl, cancellationToken);
        var result = new LoginResult("logged_in", OpenTrain.Config.SecretMask.Mask(token), context.Store.Path, url.Text, me);
        return ToolResult.Success(Render(output => AuthLoginCommand.Write(output, token, context.Store.Path, me, url.Text)) + EnvironmentNote(context),
            result, OpenTrainJson.Context.LoginResult);
    }

    private static ToolResult Logout(McpToolContext context, CancellationToken cancellationToken)
    {
        var result = AuthLogoutCommand.Logout(context.Store, cancellationToken);
        var text = AuthLogoutCommand.Summary(result) + (result.Status == "logged_out" ? "\n" + AuthLogoutCommand.NotRevokedNote(result.Token) : "");
        return ToolResult.Success(text, result, OpenTrainJson.Context.LogoutResult);
    }

    private static string EnvironmentNote(McpToolContext context) =>
        context.EnvironmentToken
            ? $"\nNote: {McpCredentials.TokenVariable} is set and takes precedence: tools keep using that token, not the saved one."
            : "";

    private static string Render(Action<TextWriter> write)
    {
        using var text = new StringWriter { NewLine = "\n" };
        write(text);
        return text.ToString();
    }
}
