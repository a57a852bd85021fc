using OpenTrain.Toolkit;
using OpenTrain.Commands.Credits;
using OpenTrain.Commands.Payments;
using OpenTrain.Commands.Team;
using OpenTrain.Commands.Tokens;
using OpenTrain.Commands.Updates;
using OpenTrain.Commands.Api;

namespace OpenTrain.Mcp.Tools;

/// <summary>Credits and the updates feed; tokens, team and pending payments.</summary>
internal static class AccountTools
{
    public static IEnumerable<McpTool> CreditsAndUpdates() =>
    [
        McpTool.For("opentrain_get_credits", "Show credits", "credits show",
            "Show the prepaid credit balance (available and reserved) and recent ledger entries.",
            ToolSchema.None, (_, _) => Commands.Credits.CreditsShowCommand.Operation()),

        McpTool.For("opentrain_list_credit_ledger", "List credit ledger", "credits ledger",
            "List credit ledger entries (top-ups, reservations, charges, refunds), newest first.",
            new ToolSchema().Paged("Entries per page, 1 to 100 (default 50)."),
            (args, _) => CreditsLedgerCommand.Operation(args.Page())),

        McpTool.For("opentrain_create_credit_top_up", "Create a credit top-up", "credits top-up",
            "Create a checkout link for buying credits. Nothing is charged here: give the checkoutUrl to a signed-in human to pay, " +
            "then check it with opentrain_get_credit_top_up.",
            new ToolSchema().Number("amountUsd", "Amount in USD, 10 to 10000.", required: true, minimum: CreditsTopUpCommand.MinimumUsd, maximum: CreditsTopUpCommand.MaximumUsd),
            (args, _) => CreditsTopUpCommand.Operation(CreditsTopUpCommand.AmountUsd(args.Decimal("amountUsd"), ArgumentNames.Tool))),

        McpTool.ForId("opentrain_get_credit_top_up", "Show a credit top-up", "credits top-up-status",
            "Show the status of a credit top-up: PENDING (waiting for the human to pay), COMPLETED, EXPIRED or CANCELED.",
            "topUpId", "The top-up id.", CreditsTopUpStatusCommand.Operation).Waiting("a human pays the checkout link (or it lapses)", ToolWait.TopUp),

        McpTool.For("opentrain_poll_updates", "Poll account events", "updates poll",
            "Fetch account events (proposal.received, message.received, approval.confirmed, …) after a cursor, oldest first. " +
            "Keep the returned nextCursor and pass it next time to get only new events.",
            new ToolSchema()
                .String("cursor", "The nextCursor of the previous poll; omit to start from the beginning.")
                .Integer("limit", $"Events per poll, 1 to {UpdatesPollCommand.MaxLimit}.", 1, UpdatesPollCommand.MaxLimit),
            (args, _) =>
            {
                var (cursor, limit) = UpdatesPollCommand.Validate(args.String("cursor"), args.Int("limit"), ArgumentNames.Tool);
                return UpdatesPollCommand.Operation(cursor, limit);
            }),

    ];

    public static IEnumerable<McpTool> Administration() =>
    [
        McpTool.For("opentrain_create_token", "Create an API token", "tokens create",
            "Create an API token with some of the current token's scopes (e.g. a narrower one for CI). The secret is returned once and never " +
            "shown: pass save to use the new token for later calls, or secretFile to write it to a new file (mode 0600). Results show its mask.",
            new ToolSchema()
                .String("name", "The token's name, 1 to 120 characters.", required: true)
                .StringArray("scopes", "Scopes the token carries; each must be one the current token has.", AgentScopes.All, required: true)
                .String("expiresIn", "Lifetime such as 12h, 90d or 2w; omit for no expiry.")
                .Boolean("save", "Use the new token for later calls (saved in the shared credentials file).")
                .String("secretFile", "Write the secret to this new file (an existing path is refused)."),
            (args, context) => TokensCreateCommand.Operation(
                TokensCreateCommand.Request(args.String("name"), args.Strings("scopes") ?? [], args.String("expiresIn"), DateTimeOffset.UtcNow, ArgumentNames.Tool.With(("scope", "scopes"))),
                TokensCreateCommand.Keeping(args.Bool("save"), args.String("secretFile"), context.Store, context.Resolve().BaseUrl, context.EnvironmentToken ? McpCredentials.TokenVariable : null, ArgumentNames.Tool)))
            with { Extra = true },

        McpTool.For("opentrain_list_tokens", "List API tokens", "tokens list",
            "List the account's API tokens (active, expired and revoked) with scopes and last use; never their secrets.",
            ToolSchema.None, (_, _) => TokensListCommand.Operation()),

        McpTool.ForId("opentrain_revoke_token", "Revoke an API token", "tokens revoke",
            "Revoke an API token by id, immediately and permanently. Revoking the token this server uses makes every later call fail with 401.",
            "tokenId", "The token's id (tok_…, from opentrain_list_tokens), never the secret.", id => TokensRevokeCommand.Operation(TokensRevokeCommand.TokenId(id, ArgumentNames.Tool))),

        McpTool.For("opentrain_get_team", "Show the team", "team show",
            "Show the organization, its members and pending invitations.",
            ToolSchema.None, (_, _) => TeamShowCommand.Operation()),

        McpTool.For("opentrain_invite_team_member", "Invite a team member", "team invite",
            "Invite a human to the organization by email (they get an invitation; an existing OpenTrain user is added at once).",
            new ToolSchema().String("email", "Email address of the person to invite.", required: true),
            (args, _) => TeamInviteCommand.Operation(TeamInviteCommand.Email(args.String("email"), ArgumentNames.Tool))),

        McpTool.For("opentrain_api", "Read any API endpoint", "api",
            "The raw escape hatch, read-only: GET any Public API path on the configured base URL (e.g. jobs/mine or /api/public/v1/jobs/mine) " +
            "with the current token, and return the response as sent. Only GET: writes go through their own tools, which explain what they do.",
            new ToolSchema()
                .String("path", "A path under /api/public/v1 (jobs/mine) or an absolute /api/... path; never a URL of another host.", required: true)
                .String("method", "GET (the only method this tool sends).")
                .Object("query", "Query parameters as names and string values, e.g. {\"status\": \"OPEN\"}."),
            (args, _) => ApiGet(args)) with { Extra = true },

        McpTool.For("opentrain_list_pending_payments", "List pending payments", "payments pending",
            "List payments waiting on the account (invoices for funded milestones and hires) with amount, job and milestone.",
            ToolSchema.None, (_, _) => PaymentsPendingCommand.Operation()),
    ];

    private static ApiOperation<System.Text.Json.JsonElement> ApiGet(ToolArguments args)
    {
        if (args.String("method") is { } method && !method.Equals("GET", StringComparison.OrdinalIgnoreCase))
            throw new UsageException($"opentrain_api only sends GET requests, not {method}: use the tool made for that write (tools/list), which says what it changes");
        var (path, pathQuery) = ApiTarget.Path(args.Required("path"));
        var query = args.Object("query")?.Select(p => new KeyValuePair<string, string?>(p.Key,
            p.Value is System.Text.Json.Nodes.JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? v.GetValue<string>() : p.Value?.ToJsonString())) ?? [];
        return ApiCommand.Operation(HttpMethod.Get, path, [.. pathQuery, .. query], null, null);
    }
}
