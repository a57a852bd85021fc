namespace OpenTrain.Cli;

/// <summary>Where a command sits in the root help: the marketplace workflow, in order.</summary>
internal enum CommandGroup { Onboarding, Jobs, Hiring, Money, Events, Admin }

/// <summary>One command: its path, help group, one-line summary (the XML doc's first sentence) and an example.</summary>
internal sealed record CommandInfo(string Path, CommandGroup Group, string Summary, string Example)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];
}

/// <summary>
/// Every command, declared at compile time: the router, root and namespace help, and the
/// unknown-command check read this table; a test checks it equals the framework's command set.
/// </summary>
internal static class CommandTable
{
    public static readonly CommandInfo[] All =
    [
        new("api", CommandGroup.Admin, "Call any Public API endpoint and print the response JSON (the raw escape hatch).",
            "opentrain api GET jobs/mine -q status=OPEN\nopentrain api PATCH job-drafts/job_123 -f jobTitle='Spanish labeling' -F headcount=5"),
        new("approvals get", CommandGroup.Money, "Show the status of a human approval.",
            "opentrain approvals get ap_789"),
        new("auth claim", CommandGroup.Onboarding, "Email the human owner an invitation to claim the account.",
            "opentrain auth claim --email owner@example.com"),
        new("auth claim-status", CommandGroup.Onboarding, "Check (or wait for) the claim and save the post-claim token.",
            "opentrain auth claim-status --wait --timeout 600"),
        new("auth login", CommandGroup.Onboarding, "Verify a personal API token and save it.",
            "opentrain auth login --api-key \"$OPENTRAIN_TOKEN\"\nprintf '%s' \"$OPENTRAIN_TOKEN\" | opentrain auth login --api-key -"),
        new("auth logout", CommandGroup.Onboarding, "Delete the saved credentials (does not revoke the token).",
            "opentrain auth logout"),
        new("auth register", CommandGroup.Onboarding, "Register a new agent identity and save its credentials.",
            "opentrain auth register --agent-name \"Labeling agent\" --org-name \"Acme AI\""),
        new("auth status", CommandGroup.Onboarding, "Show the authenticated user, token scopes and account.",
            "opentrain whoami --json") { Aliases = ["whoami"] },
        new("contracts end", CommandGroup.Money, "End a contract (a human approves it when milestones are funded).",
            "opentrain contracts end ct_123"),
        new("contracts get", CommandGroup.Money, "Show a contract with its milestones and budget.",
            "opentrain contracts get ct_123"),
        new("contracts list", CommandGroup.Money, "List contracts and their milestones.",
            "opentrain contracts list --status active"),
        new("credits ledger", CommandGroup.Money, "List credit ledger entries, newest first.",
            "opentrain credits ledger --limit 20"),
        new("credits show", CommandGroup.Money, "Show the credit balance and recent entries.",
            "opentrain credits show"),
        new("credits top-up", CommandGroup.Money, "Create a credit top-up checkout link for a human to pay.",
            "opentrain credits top-up --amount-usd 100"),
        new("credits top-up-status", CommandGroup.Money, "Show the status of a credit top-up.",
            "opentrain credits top-up-status tu_123"),
        new("freelancers get", CommandGroup.Hiring, "Show an AI trainer's public profile (identity masked).",
            "opentrain freelancers get maria-g"),
        new("jobs close", CommandGroup.Jobs, "Close a job to new applicants (existing contracts are not affected).",
            "opentrain jobs close job_123"),
        new("jobs draft create", CommandGroup.Jobs, "Create a job draft from a plain-text description.",
            "opentrain jobs draft create --description \"We need 5 fluent Spanish speakers to label 20,000 posts\" --idempotency-key batch-7\nopentrain jobs draft create --description-file brief.txt --external-id acme-batch-7"),
        new("jobs draft update", CommandGroup.Jobs, "Set fields on a job draft.",
            "opentrain jobs draft update job_123 --set experienceLevel=INTERMEDIATE --set pricePerLabel=0.05 --set 'languages=[\"Spanish\"]'"),
        new("jobs invite", CommandGroup.Jobs, "Invite an AI trainer to apply to a published job.",
            "opentrain jobs invite job_123 --freelancer-id usr_456"),
        new("jobs list", CommandGroup.Jobs, "List the jobs your account owns, drafts included (newest first).",
            "opentrain jobs list --status OPEN --limit 50"),
        new("jobs publish", CommandGroup.Jobs, "Publish a draft job to the marketplace.",
            "opentrain jobs publish job_123"),
        new("jobs search", CommandGroup.Jobs, "Search the public job marketplace (no token needed, none is sent).",
            "opentrain jobs search --query sentiment --language Spanish --pay-type PAY_PER_HOUR"),
        new("jobs update-published", CommandGroup.Jobs, "Edit fields of a published job (it is moderated again).",
            "opentrain jobs update-published job_123 --set headcount=8 --set 'jobTitle=Spanish sentiment labeling'"),
        new("messages list", CommandGroup.Hiring, "List your conversations, most recent activity first.",
            "opentrain messages list --filter proposal --unread-only"),
        new("messages read", CommandGroup.Hiring, "Read a conversation as a transcript, oldest message first.",
            "opentrain messages read conv_42 --limit 50"),
        new("messages send", CommandGroup.Hiring, "Send a message in an existing conversation.",
            "opentrain messages send conv_42 --content \"Hi Maria, can you start Monday?\"\nopentrain messages send conv_42 --content-file - < reply.txt"),
        new("messages start-proposal-thread", CommandGroup.Hiring, "Open (or find) the pre-hire conversation with a proposal's candidate.",
            "opentrain messages start-proposal-thread prop_789"),
        new("messages unread", CommandGroup.Hiring, "List conversations with unread messages (same as 'messages list --unread-only').",
            "opentrain messages unread"),
        new("milestones approve", CommandGroup.Money, "Request release of a funded milestone to the trainer (a human confirms).",
            "opentrain milestones approve ms_456"),
        new("milestones create", CommandGroup.Money, "Add an unfunded milestone to a contract (no money moves).",
            "opentrain milestones create --contract-id ct_123 --description \"Label the next 5,000 posts\" --amount 300 --due-date 2026-07-15"),
        new("milestones fund", CommandGroup.Money, "Request funding of a milestone (a human confirms; the CLI never moves money).",
            "opentrain milestones fund ms_456"),
        new("payments pending", CommandGroup.Money, "List pending payments.",
            "opentrain payments pending --json"),
        new("proposals get", CommandGroup.Hiring, "Show one proposal: candidate, bid, AI interview and verification.",
            "opentrain proposals get prop_789"),
        new("proposals hire", CommandGroup.Hiring, "Request a hire with a first escrow milestone; a human confirms it in the app (no money moves here).",
            "opentrain proposals hire prop_789 --milestone-name \"First batch\" --amount 300 --due-date 2026-07-01"),
        new("proposals list", CommandGroup.Hiring, "List the proposals on one of your jobs (newest first).",
            "opentrain proposals list job_123 --status SHORTLISTED"),
        new("team invite", CommandGroup.Admin, "Invite a human to the team by email.",
            "opentrain team invite --email newhire@example.com"),
        new("team show", CommandGroup.Admin, "Show the organization, its members and pending invites.",
            "opentrain team show"),
        new("tokens list", CommandGroup.Admin, "List API tokens (active, expired and revoked; never their secrets).",
            "opentrain tokens list"),
        new("tokens revoke", CommandGroup.Admin, "Revoke an API token by id (immediate and permanent).",
            "opentrain tokens revoke tok_123"),
        new("updates poll", CommandGroup.Events, "Fetch account events after a cursor (oldest first).",
            "opentrain updates poll --cursor 1043 --limit 50"),
        new("webhooks create", CommandGroup.Events, "Subscribe a URL to events (prints the signing secret once).",
            "opentrain webhooks create --url https://example.com/hooks/opentrain --event proposal.received --event message.received,approval.confirmed"),
        new("webhooks delete", CommandGroup.Events, "Delete a webhook subscription (permanent; no prompt).",
            "opentrain webhooks delete wh_123"),
        new("webhooks get", CommandGroup.Events, "Show a webhook subscription and its health.",
            "opentrain webhooks get wh_123"),
        new("webhooks list", CommandGroup.Events, "List webhook subscriptions.",
            "opentrain webhooks list"),
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
