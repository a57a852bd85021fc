namespace OpenTrain.Sandbox.State;

/// <summary>The scope catalog, the pre-/post-claim sets and the coverage rule (<c>X:write</c> implies <c>X:read</c>).</summary>
public static class Scopes
{
    public const string JobsRead = "jobs:read";
    public const string JobsWrite = "jobs:write";
    public const string ProposalsRead = "proposals:read";
    public const string ProposalsWrite = "proposals:write";
    public const string MessagesRead = "messages:read";
    public const string MessagesWrite = "messages:write";
    public const string PaymentsRead = "payments:read";
    public const string PaymentsWrite = "payments:write";
    public const string TeamRead = "team:read";
    public const string TeamWrite = "team:write";
    public const string WebhooksManage = "webhooks:manage";

    public static readonly IReadOnlyList<string> All =
    [
        JobsRead, JobsWrite, ProposalsRead, ProposalsWrite, MessagesRead, MessagesWrite,
        PaymentsRead, PaymentsWrite, TeamRead, TeamWrite, WebhooksManage,
    ];

    public static readonly IReadOnlyList<string> PreClaim =
        [JobsRead, JobsWrite, ProposalsRead, MessagesRead, PaymentsRead, TeamRead];

    public static readonly IReadOnlyList<string> PostClaim =
        [JobsRead, JobsWrite, ProposalsRead, ProposalsWrite, MessagesRead, MessagesWrite, PaymentsRead, TeamRead, TeamWrite];

    public static bool IsKnown(string scope) => All.Contains(scope, StringComparer.Ordinal);

    /// <summary>True when <paramref name="granted"/> covers <paramref name="required"/> directly or through its <c>:write</c> twin.</summary>
    public static bool Covers(IEnumerable<string> granted, string required)
    {
        foreach (var g in granted)
        {
            if (g == required) return true;
            if (required.EndsWith(":read", StringComparison.Ordinal) && g == required[..^":read".Length] + ":write") return true;
        }
        return false;
    }
}
