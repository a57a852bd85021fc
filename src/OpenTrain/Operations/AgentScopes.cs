namespace OpenTrain.Operations;

/// <summary>
/// What an agent's own tokens carry (api-auth-jobs.md §3.1–3.2, api-money-events.md §1.4), and the
/// words that tell a user what claiming unlocks and what only a human-created token can do.
/// </summary>
internal static class AgentScopes
{
    /// <summary>Every scope a token can carry (the API's supportedScopes).</summary>
    public static readonly string[] All =
        ["jobs:read", "jobs:write", "proposals:read", "proposals:write", "messages:read", "messages:write", "payments:read", "payments:write", "team:read", "team:write", "webhooks:manage"];

    /// <summary>The registration (pre-claim) token's scopes.</summary>
    public static readonly string[] PreClaim = ["jobs:read", "jobs:write", "proposals:read", "messages:read", "payments:read", "team:read"];

    /// <summary>What the claim exchange adds to <see cref="PreClaim"/>.</summary>
    public static readonly string[] AddedByClaim = ["proposals:write", "messages:write", "team:write"];

    /// <summary>Scopes that neither registration nor claiming grants: only a token a human creates in the app.</summary>
    public static readonly string[] HumanTokenOnly = ["payments:write", "webhooks:manage"];

    /// <summary>What the claim adds (the claim gate lifts, and the post-claim token's extra scopes).</summary>
    public const string Unlocks =
        "hiring and invites (proposals:write), sending messages (messages:write), team invites (team:write) and 20 publishes a day instead of 3.";

    public static string StillNeedsHumanToken(Uri? page) =>
        "Money moves (payments:write: milestones, contract end, top-ups) and webhooks (webhooks:manage) still need a token a human creates " +
        $"{SettingsPage(page)}, then '{CommonHints.Login}'.";

    /// <summary>How to get a token with <paramref name="scopes"/>: a human creates it in the app (at <paramref name="page"/> when known), the agent saves it.</summary>
    public static string HumanToken(IEnumerable<string> scopes, Uri? page) =>
        $"a human creates a token with {string.Join(", ", scopes)} {SettingsPage(page)}, then '{CommonHints.Login}'";

    /// <summary>Where: "at &lt;url&gt; (Settings → API keys)" when the page's address is known (a space after it, so it copies cleanly).</summary>
    public static string SettingsPage(Uri? page) => page is null ? "in the app's settings (Settings → API keys)" : $"at {page.AbsoluteUri} (Settings → API keys)";
}
