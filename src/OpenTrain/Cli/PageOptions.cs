using System.Globalization;

namespace OpenTrain.Cli;

/// <summary><c>--limit</c> (1..100) and <c>--cursor</c> of a paginated list, validated before any request.</summary>
internal sealed record PageOptions(int? Limit, string? Cursor)
{
    public const int MaxLimit = 100;

    public static PageOptions Parse(int? limit, string? cursor) =>
        new(CommandArgs.Limit(limit, MaxLimit), string.IsNullOrEmpty(cursor) ? null : cursor);

    public IEnumerable<KeyValuePair<string, string?>> Query =>
        [new("limit", Limit?.ToString(CultureInfo.InvariantCulture)), new("cursor", Cursor)];

    /// <summary>The next-page command keeps the limit; the footer adds the cursor.</summary>
    public ShellCommand AppendTo(ShellCommand command) => command.Option("--limit", Limit?.ToString(CultureInfo.InvariantCulture));
}
