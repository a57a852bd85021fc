namespace OpenTrain.Cli;

/// <summary>Where a command sits in the root help: the marketplace workflow, in order.</summary>
internal enum CommandGroup { Onboarding, Jobs, Hiring, Money, Events, Admin }

/// <summary>One command: its path, help group, one-line summary (the XML doc's first sentence) and an example.</summary>
internal sealed record CommandInfo(string Path, CommandGroup Group, string Summary, string Example)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The command calls whatever endpoint the user names (<c>api</c>): no one requirement applies.</summary>
    public bool AnyEndpoint { get; init; }

    /// <summary>The API endpoint the command wraps and what it takes to call it; null when it sends no request.</summary>
    public Endpoint? Endpoint { get; init; }
}

/// <summary>
/// Every command, declared at compile time: the router, root and namespace help, and the
/// unknown-command check read this table; a test checks it equals the framework's command set.
/// </summary>
internal static class CommandTable
{
    private const string Public = "/api/public/v1";
    private const string AnyToken = "any valid token";
    private const string NoToken = "none (no token is sent)";
    private const string NoTokenClaim = "none (the saved claim token goes in the body)";
    private const string Drafting = "public_api_job_drafting";
    private const string Publishing = "public_api_job_publishing";
    private const string Hiring = "public_api_hiring";
    private const string MessagingWrites = "public_api_messaging_writes";
    private const string PaymentsWrite = "public_api_payments_write";
    private const string Credits = "public_api_credits";
    private const string Webhooks = "public_api_webhooks";
    private const string Team = "public_api_team";

    private static Endpoint Get(string path, string scope, string doc) => new("GET", Public + path, scope, doc);

    private static Endpoint Post(string path, string scope, string doc) => new("POST", Public + path, scope, doc);

    private static Endpoint Patch(string path, string scope, string doc) => new("PATCH", Public + path, scope, doc);

    private static Endpoint Delete(string path, string scope, string doc) => new("DELETE", Public + path, scope, doc);

    public static readonly CommandInfo[] All =
    [
        new("api", CommandGroup.Admin, "Call any Public API endpoint and print the response JSON (the raw escape hatch).",
            "opentrain api GET jobs/mine -q status=OPEN\nopentrain api PATCH job-drafts/job_123 -f jobTitle='Spanish labeling' -F headcount=5") { AnyEndpoint = true },
        new("approvals get", CommandGroup.Money, "Show the status of a human approval.",
            "opentrain approvals get ap_789") { Endpoint = Get("/approvals/{approvalId}", "payments:read", "approvals/get") },
        new("auth claim", CommandGroup.Onboarding, "Email the human owner an invitation to claim the account.",
            "opentrain auth claim --email owner@example.com") { Endpoint = new("POST", "/api/agent/identity/claim", NoTokenClaim, "agent-auth/claim") },
        new("auth claim-status", CommandGroup.Onboarding, "Check (or wait for) the claim and save the post-claim token.",
            "opentrain auth claim-status --wait --timeout 600") { Endpoint = new("POST", "/api/agent/oauth/token", NoTokenClaim, "agent-auth/token") },
        new("auth login", CommandGroup.Onboarding, "Verify a personal API token and save it.",
            "opentrain auth login --api-key \"$OPENTRAIN_TOKEN\"\nprintf '%s' \"$OPENTRAIN_TOKEN\" | opentrain auth login --api-key -") { Endpoint = Get("/auth/me", AnyToken, "auth/me") },
        new("auth logout", CommandGroup.Onboarding, "Delete the saved credentials (does not revoke the token).",
            "opentrain auth logout"),
        new("auth register", CommandGroup.Onboarding, "Register a new agent identity and save its credentials.",
            "opentrain auth register --agent-name \"Labeling agent\" --org-name \"Acme AI\"") { Endpoint = new("POST", "/api/agent/identity", NoToken, "agent-auth/register") },
        new("auth status", CommandGroup.Onboarding, "Show the authenticated user, token scopes and account.",
            "opentrain whoami --json") { Aliases = ["whoami"], Endpoint = Get("/auth/me", AnyToken, "auth/me") },
        new("contracts end", CommandGroup.Money, "End a contract (a human approves it when milestones are funded).",
            "opentrain contracts end ct_123") { Endpoint = Post("/contracts/{contractId}/end", "payments:write", "contracts/end") with { ClaimRequired = true, FeatureFlag = PaymentsWrite } },
        new("contracts get", CommandGroup.Money, "Show a contract with its milestones and budget.",
            "opentrain contracts get ct_123") { Endpoint = Get("/contracts/{contractId}", "payments:read", "contracts/get") },
        new("contracts list", CommandGroup.Money, "List contracts and their milestones.",
            "opentrain contracts list --status active") { Endpoint = Get("/contracts", "payments:read", "contracts/list") },
        new("credits ledger", CommandGroup.Money, "List credit ledger entries, newest first.",
            "opentrain credits ledger --limit 20") { Endpoint = Get("/credits/ledger", "payments:read", "credits/ledger") with { FeatureFlag = Credits } },
        new("credits show", CommandGroup.Money, "Show the credit balance and recent entries.",
            "opentrain credits show") { Endpoint = Get("/credits", "payments:read", "credits/balance") with { FeatureFlag = Credits } },
        new("credits top-up", CommandGroup.Money, "Create a credit top-up checkout link for a human to pay.",
            "opentrain credits top-up --amount-usd 100") { Endpoint = Post("/credits/top-ups", "payments:write", "credits/create-top-up") with { ClaimRequired = true, FeatureFlag = Credits } },
        new("credits top-up-status", CommandGroup.Money, "Show the status of a credit top-up.",
            "opentrain credits top-up-status tu_123") { Endpoint = Get("/credits/top-ups/{topUpId}", "payments:read", "credits/get-top-up") with { FeatureFlag = Credits } },
        new("freelancers get", CommandGroup.Hiring, "Show an AI trainer's public profile (identity masked).",
            "opentrain freelancers get maria-g") { Endpoint = Get("/freelancers/{idOrSlug}", "proposals:read", "freelancers/get") },
        new("jobs changes", CommandGroup.Jobs, "List public jobs published, updated or closed since a time (no token needed, none is sent).",
            "opentrain jobs changes --since 2026-06-12T08:00:00Z\nopentrain jobs changes --since 2026-06-12T08:00:00Z --follow --json") { Endpoint = Get("/jobs/changes", NoToken, "jobs/changes") },
        new("jobs close", CommandGroup.Jobs, "Close a job to new applicants (existing contracts are not affected).",
            "opentrain jobs close job_123") { Endpoint = Post("/jobs/{id}/close", "jobs:write", "jobs/close") with { FeatureFlag = Publishing } },
        new("jobs draft capabilities", CommandGroup.Jobs, "List the features your account has and the valid draft '--set' keys and enum values.",
            "opentrain jobs draft capabilities") { Endpoint = Get("/job-drafts/capabilities", AnyToken, "job-drafts/capabilities") with { FeatureFlag = Drafting } },
        new("jobs draft create", CommandGroup.Jobs, "Create a job draft from a plain-text description.",
            "opentrain jobs draft create --description \"We need 5 fluent Spanish speakers to label 20,000 posts\" --idempotency-key batch-7\nopentrain jobs draft create --description-file brief.txt --external-id acme-batch-7") { Endpoint = Post("/job-drafts", "jobs:write", "job-drafts/create") with { FeatureFlag = Drafting } },
        new("jobs draft update", CommandGroup.Jobs, "Set fields on a job draft.",
            "opentrain jobs draft update job_123 --set experienceLevel=INTERMEDIATE --set pricePerLabel=0.05 --set 'languages=[\"Spanish\"]'") { Endpoint = Patch("/job-drafts/{jobId}", "jobs:write", "job-drafts/update") with { FeatureFlag = Drafting } },
        new("jobs facets", CommandGroup.Jobs, "Count the public marketplace's open jobs by category, language, country and pay type (no token needed).",
            "opentrain jobs facets") { Endpoint = Get("/jobs/facets", NoToken, "jobs/facets") },
        new("jobs get", CommandGroup.Jobs, "Show one public marketplace job (no token needed, none is sent).",
            "opentrain jobs get job_123") { Endpoint = Get("/jobs/{id}", NoToken, "jobs/get") },
        new("jobs invite", CommandGroup.Jobs, "Invite an AI trainer to apply to a published job.",
            "opentrain jobs invite job_123 --freelancer-id usr_456") { Endpoint = Post("/jobs/{id}/invites", "proposals:write", "jobs/invite") with { ClaimRequired = true, FeatureFlag = Hiring } },
        new("jobs list", CommandGroup.Jobs, "List the jobs your account owns, drafts included (newest first).",
            "opentrain jobs list --status OPEN --limit 50") { Endpoint = Get("/jobs/mine", "jobs:read", "jobs/mine") },
        new("jobs publish", CommandGroup.Jobs, "Publish a draft job to the marketplace.",
            "opentrain jobs publish job_123") { Endpoint = Post("/jobs/{id}/publish", "jobs:write", "jobs/publish") with { FeatureFlag = Publishing } },
        new("jobs search", CommandGroup.Jobs, "Search the public job marketplace (no token needed, none is sent).",
            "opentrain jobs search --query sentiment --language Spanish --pay-type PAY_PER_HOUR") { Endpoint = Get("/jobs", NoToken, "jobs/search") },
        new("jobs update-published", CommandGroup.Jobs, "Edit fields of a published job (it is moderated again).",
            "opentrain jobs update-published job_123 --set headcount=8 --set 'jobTitle=Spanish sentiment labeling'") { Endpoint = Patch("/jobs/{id}", "jobs:write", "jobs/update") with { FeatureFlag = Publishing } },
        new("messages list", CommandGroup.Hiring, "List your conversations, most recent activity first.",
            "opentrain messages list --filter proposal --unread-only") { Endpoint = Get("/messages", "messages:read", "messages/list") },
        new("messages read", CommandGroup.Hiring, "Read a conversation as a transcript, oldest message first, newest last.",
            "opentrain messages read conv_42 --limit 50") { Endpoint = Get("/messages", "messages:read", "messages/list") },
        new("messages send", CommandGroup.Hiring, "Send a message in an existing conversation.",
            "opentrain messages send conv_42 --content \"Hi Maria, can you start Monday?\"\nopentrain messages send conv_42 --content-file - < reply.txt") { Endpoint = Post("/messages", "messages:write", "messages/send") with { ClaimRequired = true, FeatureFlag = MessagingWrites } },
        new("messages start-proposal-thread", CommandGroup.Hiring, "Open (or find) the pre-hire conversation with a proposal's candidate.",
            "opentrain messages start-proposal-thread prop_789") { Endpoint = Post("/proposals/{proposalId}/conversation", "messages:write", "proposals/conversation") with { ClaimRequired = true, FeatureFlag = MessagingWrites } },
        new("messages unread", CommandGroup.Hiring, "List conversations with unread messages (same as 'messages list --unread-only').",
            "opentrain messages unread") { Endpoint = Get("/messages", "messages:read", "messages/list") },
        new("milestones approve", CommandGroup.Money, "Request release of a funded milestone to the trainer (a human confirms).",
            "opentrain milestones approve ms_456") { Endpoint = Post("/milestones/{milestoneId}/approve", "payments:write", "milestones/approve") with { ClaimRequired = true, FeatureFlag = PaymentsWrite } },
        new("milestones create", CommandGroup.Money, "Add an unfunded milestone to a contract (no money moves).",
            "opentrain milestones create --contract-id ct_123 --description \"Label the next 5,000 posts\" --amount 300 --due-date 2026-07-15") { Endpoint = Post("/contracts/{contractId}/milestones", "payments:write", "contracts/create-milestone") with { ClaimRequired = true, FeatureFlag = PaymentsWrite } },
        new("milestones fund", CommandGroup.Money, "Request funding of a milestone (a human confirms; the CLI never moves money).",
            "opentrain milestones fund ms_456") { Endpoint = Post("/milestones/{milestoneId}/fund", "payments:write", "milestones/fund") with { ClaimRequired = true, FeatureFlag = PaymentsWrite } },
        new("payments pending", CommandGroup.Money, "List pending payments.",
            "opentrain payments pending --json") { Endpoint = Get("/payments/pending", "payments:read", "payments/pending") },
        new("proposals get", CommandGroup.Hiring, "Show one proposal: candidate, bid, AI interview and verification.",
            "opentrain proposals get prop_789") { Endpoint = Get("/proposals/{proposalId}", "proposals:read", "proposals/get") },
        new("proposals hire", CommandGroup.Hiring, "Request a hire with a first escrow milestone; a human confirms it in the app (no money moves here).",
            "opentrain proposals hire prop_789 --milestone-name \"First batch\" --amount 300 --due-date 2026-07-01") { Endpoint = Post("/proposals/{proposalId}/hire", "proposals:write", "proposals/hire") with { ClaimRequired = true, FeatureFlag = Hiring } },
        new("proposals interview", CommandGroup.Hiring, "Read a proposal's AI interview transcript, oldest turn first, newest last, with its score and summary.",
            "opentrain proposals interview prop_789") { Endpoint = Get("/proposals/{proposalId}/interview", "proposals:read", "proposals/interview") },
        new("proposals list", CommandGroup.Hiring, "List the proposals on one of your jobs (newest first).",
            "opentrain proposals list job_123 --status SHORTLISTED") { Endpoint = Get("/jobs/{id}/proposals", "proposals:read", "jobs/list-proposals") },
        new("team invite", CommandGroup.Admin, "Invite a human to the team by email.",
            "opentrain team invite --email newhire@example.com") { Endpoint = Post("/team/invites", "team:write", "team/invite") with { ClaimRequired = true, FeatureFlag = Team } },
        new("team show", CommandGroup.Admin, "Show the organization, its members and pending invites.",
            "opentrain team show") { Endpoint = Get("/team", "team:read", "team/list") with { FeatureFlag = Team } },
        new("tokens list", CommandGroup.Admin, "List API tokens (active, expired and revoked; never their secrets).",
            "opentrain tokens list") { Endpoint = Get("/tokens", AnyToken, "tokens/list") },
        new("tokens revoke", CommandGroup.Admin, "Revoke an API token by id (immediate and permanent).",
            "opentrain tokens revoke tok_123") { Endpoint = Delete("/tokens/{tokenId}", AnyToken, "tokens/revoke") },
        new("updates poll", CommandGroup.Events, "Fetch account events after a cursor (oldest first).",
            "opentrain updates poll --cursor 1043 --limit 50") { Endpoint = Get("/updates", "any of proposals:read, messages:read, payments:read", "updates/poll") },
        new("webhooks create", CommandGroup.Events, "Subscribe a URL to events (prints the signing secret once).",
            "opentrain webhooks create --url https://example.com/hooks/opentrain --event proposal.received --event message.received,approval.confirmed") { Endpoint = Post("/webhooks", "webhooks:manage (+ the read scope of each event type)", "webhooks/create") with { FeatureFlag = Webhooks } },
        new("webhooks delete", CommandGroup.Events, "Delete a webhook subscription (permanent; no prompt).",
            "opentrain webhooks delete wh_123") { Endpoint = Delete("/webhooks/{webhookId}", "webhooks:manage", "webhooks/delete") with { FeatureFlag = Webhooks } },
        new("webhooks get", CommandGroup.Events, "Show a webhook subscription and its health.",
            "opentrain webhooks get wh_123") { Endpoint = Get("/webhooks/{webhookId}", "webhooks:manage", "webhooks/get") with { FeatureFlag = Webhooks } },
        new("webhooks list", CommandGroup.Events, "List webhook subscriptions.",
            "opentrain webhooks list") { Endpoint = Get("/webhooks", "webhooks:manage", "webhooks/list") with { FeatureFlag = Webhooks } },
    ];

    public static CommandInfo? Find(string path) => Array.Find(All, c => c.Path == path || c.Aliases.Contains(path));

    /// <summary>The longest run of leading words that names a command (or an alias), or null.</summary>
    public static CommandInfo? Match(IReadOnlyList<string> words)
    {
        for (var n = words.Count; n > 0; n--)
        {
            if (Find(string.Join(' ', words.Take(n))) is { } command) return command;
        }
        return null;
    }

    /// <summary>True when the words are the start of at least one command path (a namespace or group).</summary>
    public static bool IsNamespace(IReadOnlyList<string> words)
    {
        var prefix = string.Join(' ', words) + " ";
        return words.Count > 0 && All.Any(c => c.Path.StartsWith(prefix, StringComparison.Ordinal));
    }
}
