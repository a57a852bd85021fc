using System.Globalization;

namespace OpenTrain.Toolkit;

/// <summary>
/// <c>--limit</c> (1..100), <c>--cursor</c> and <c>--all</c> (follow <c>nextCursor</c> to the end) of a
/// paginated list, validated before any request.
/// </summary>
internal sealed record PageOptions(int? Limit, string? Cursor, bool All = false)
{
    public const int MaxLimit = 100;

    /// <summary>The limit is named by <paramref name="names"/> (default: the CLI's <c>--limit</c>).</summary>
    public static PageOptions Parse(int? limit, string? cursor, bool all = false, ArgumentNames? names = null) =>
        new(CommandArgs.Limit(limit, MaxLimit, (names ?? ArgumentNames.Flags)["limit"]), string.IsNullOrEmpty(cursor) ? null : cursor, all);

    public IEnumerable<KeyValuePair<string, string?>> Query =>
        [new("limit", Limit?.ToString(CultureInfo.InvariantCulture)), new("cursor", Cursor)];

    /// <summary>The next-page command keeps the limit; the footer adds the cursor.</summary>
    public ShellCommand AppendTo(ShellCommand command) => command.Option("--limit", Limit?.ToString(CultureInfo.InvariantCulture));
}
