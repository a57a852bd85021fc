using OpenTrain.Commands.Jobs;
using OpenTrain.Commands.Messages;
using OpenTrain.Commands.Proposals;
using OpenTrain.Commands.Webhooks;

namespace OpenTrain.Cli;

/// <summary>
/// Each command's flags and the values its enum flags accept, declared at compile time for shell
/// completion and "did you mean" (no framework run, no reflection). A test checks the flags equal
/// what the framework really parses for every command.
/// </summary>
internal static class CommandFlags
{
    /// <summary>Flags every command accepts.</summary>
    public static readonly string[] Global = ["--json", "--base-url", "--debug", "--help"];

    private static readonly Dictionary<string, string[]> ByCommand = new(StringComparer.Ordinal)
    {
        ["api"] = ["--raw-field", "--field", "--query", "--input"],
        ["approvals get"] = ["--approval-id", "--wait", "--timeout", "--interval"],
        ["auth claim"] = ["--email", "--claim-token"],
        ["auth claim-status"] = ["--wait", "--timeout", "--interval", "--claim-token"],
        ["auth login"] = ["--api-key"],
        ["auth logout"] = [],
        ["auth register"] = ["--agent-name", "--org-name", "--force"],
        ["auth status"] = [],
        ["contracts end"] = ["--contract-id", "--wait", "--timeout", "--interval"],
        ["contracts get"] = ["--contract-id"],
        ["contracts list"] = ["--job-id", "--status"],
        ["credits ledger"] = ["--limit", "--cursor", "--all"],
        ["credits show"] = [],
        ["credits top-up"] = ["--amount-usd"],
        ["credits top-up-status"] = ["--top-up-id", "--wait", "--timeout", "--interval"],
        ["freelancers get"] = ["--freelancer-id"],
        ["jobs changes"] = ["--since", "--follow", "--interval"],
        ["jobs close"] = ["--job-id"],
        ["jobs draft capabilities"] = [],
        ["jobs draft create"] = ["--description", "--description-file", "--external-id", "--idempotency-key"],
        ["jobs draft update"] = ["--job-id", "--set"],
        ["jobs facets"] = [],
        ["jobs get"] = ["--job-id"],
        ["jobs invite"] = ["--job-id", "--freelancer-id"],
        ["jobs list"] = ["--status", "--limit", "--cursor", "--all"],
        ["jobs publish"] = ["--job-id"],
        ["jobs search"] = ["--query", "--language", "--country", "--pay-type", "--limit", "--cursor", "--all"],
        ["jobs update-published"] = ["--job-id", "--set"],
        ["messages list"] = ["--filter", "--unread-only", "--limit", "--cursor", "--all"],
        ["messages read"] = ["--conversation-id", "--limit", "--cursor", "--direction", "--all"],
        ["messages send"] = ["--conversation-id", "--content", "--content-file"],
        ["messages start-proposal-thread"] = ["--proposal-id"],
        ["messages unread"] = ["--filter", "--limit", "--cursor", "--all"],
        ["milestones approve"] = ["--milestone-id", "--wait", "--timeout", "--interval"],
        ["milestones create"] = ["--contract-id", "--description", "--name", "--amount", "--volume", "--due-date"],
        ["milestones fund"] = ["--milestone-id", "--wait", "--timeout", "--interval"],
        ["payments pending"] = [],
        ["proposals get"] = ["--proposal-id"],
        ["proposals hire"] = ["--proposal-id", "--milestone-name", "--milestone-description", "--amount", "--due-date", "--confirm-not-a-fit", "--wait", "--timeout", "--interval"],
        ["proposals interview"] = ["--proposal-id"],
        ["proposals list"] = ["--job-id", "--status", "--limit", "--cursor", "--all"],
        ["team invite"] = ["--email"],
        ["team show"] = [],
        ["tokens list"] = [],
        ["tokens revoke"] = ["--token-id"],
        ["updates poll"] = ["--cursor", "--limit", "--follow", "--interval", "--cursor-file"],
        ["webhooks create"] = ["--url", "--event"],
        ["webhooks delete"] = ["--webhook-id"],
        ["webhooks get"] = ["--webhook-id"],
        ["webhooks list"] = [],
    };

    /// <summary>Enum flags: command, flag, the values it accepts (the lists the commands validate with).</summary>
    public static readonly (string Command, string Flag, IReadOnlyList<string> Values)[] Values =
    [
        ("contracts list", "--status", ["active", "ended"]),
        ("jobs list", "--status", JobEnums.Statuses),
        ("jobs search", "--pay-type", JobEnums.PayTypes),
        ("messages list", "--filter", ConversationListOptions.Filters),
        ("messages unread", "--filter", ConversationListOptions.Filters),
        ("messages read", "--direction", ["older", "newer"]),
        ("proposals list", "--status", ProposalStatuses.All),
        ("webhooks create", "--event", WebhookEvents.All),
    ];

    /// <summary>Flags a command cannot run without (ids that may also be given positionally are found from the help itself).</summary>
    public static readonly (string Command, string Flag)[] Required =
    [
        ("auth claim", "--email"),
        ("auth login", "--api-key"),
        ("credits top-up", "--amount-usd"),
        ("jobs changes", "--since"),
        ("jobs invite", "--freelancer-id"),
        ("milestones create", "--description"),
        ("proposals hire", "--amount"),
        ("team invite", "--email"),
        ("webhooks create", "--url"),
        ("webhooks create", "--event"),
    ];

    /// <summary>The command's own flags (not the global ones).</summary>
    public static IReadOnlyList<string> For(CommandInfo command) => ByCommand.GetValueOrDefault(command.Path) ?? [];
}
