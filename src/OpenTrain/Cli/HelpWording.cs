using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>
/// The one wording command help uses for positional ids, numeric ranges, dates and times.
/// <see cref="CommandHelp"/> renders every positional id row from <see cref="PositionalId"/>; the
/// doc comments write ranges, dates and times in the forms below, and <c>HelpWordingTests</c> scans
/// every command's help for them, so the phrasing cannot drift.
/// </summary>
internal static class HelpWording
{
    /// <summary>Every date flag (<c>&lt;date&gt;</c>) that takes a calendar date only.</summary>
    public const string DateOnly = "YYYY-MM-DD";

    /// <summary>Every date or time flag (<c>&lt;date&gt;</c>, <c>&lt;time&gt;</c>) that also takes a time stamp.</summary>
    public const string DateOrTime = "YYYY-MM-DD, or an ISO 8601 time such as 2026-07-15T09:00:00Z";

    /// <summary>A numeric range: <c>1–100, default 20</c> (an en dash, thousands with commas, the default after a comma).</summary>
    public static string Range(int min, int max, int? defaultValue = null, string? unit = null) =>
        $"{Number(min)}–{Number(max)}{(unit is null ? "" : " " + unit)}{(defaultValue is { } d ? $", default {Number(d)}" : "")}";

    /// <summary>What each kind of id is and which command prints it.</summary>
    private static readonly Dictionary<string, (string What, string From)> Ids = new(StringComparer.Ordinal)
    {
        ["--approval-id"] = ("The approval's id", "printed with the approvalUrl"),
        ["--contract-id"] = ("The contract's id", "from 'opentrain contracts list'"),
        ["--conversation-id"] = ("The conversation's id", "from 'opentrain messages list'"),
        ["--freelancer-id"] = ("The AI trainer's user id or profile slug", "from 'opentrain proposals get'"),
        ["--job-id"] = ("The job's id", "from 'opentrain jobs list' for yours, 'opentrain jobs search' for public ones"),
        ["--milestone-id"] = ("The milestone's id", "from 'opentrain contracts get'"),
        ["--proposal-id"] = ("The proposal's id", "from 'opentrain proposals list'"),
        ["--token-id"] = ("The token's id, never the secret", "from 'opentrain tokens list'"),
        ["--top-up-id"] = ("The top-up's id", "from 'opentrain credits top-up'"),
        ["--webhook-id"] = ("The webhook's id", "from 'opentrain webhooks list'"),
    };

    /// <summary><c>The job's id, same as --job-id (from 'opentrain jobs list' for yours, 'opentrain jobs search' for public ones).</c>; null for an id kind not in the table.</summary>
    public static string? PositionalId(string flag) =>
        Ids.TryGetValue(flag, out var id) ? $"{id.What}, same as {flag} ({id.From})." : null;

    private static string Number(int value) => value.ToString("#,0", System.Globalization.CultureInfo.InvariantCulture);
}
