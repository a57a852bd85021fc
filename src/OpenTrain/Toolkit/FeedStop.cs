namespace OpenTrain.Toolkit;

/// <summary>
/// One item of a feed as the stop conditions see it: its type, a field by name, its line for a human, and
/// the position just past it (the cursor to save when the follow stops at it; null when the feed has none).
/// </summary>
internal sealed record FeedEntry(string Type, Func<string, string?> Field, string Line, string? Position);

/// <summary>
/// The types a feed carries and the fields each can be matched on (<c>--until type:field=value</c>), for
/// checking what a user typed before anything is sent.
/// </summary>
internal sealed record FeedCatalog(string What, IReadOnlyList<(string Type, string[] Fields)> Kinds, bool IgnoreCase = false)
{
    public IReadOnlyList<string> Types { get; } = [.. Kinds.Select(k => k.Type)];

    public IReadOnlyList<string> FieldsOf(string type) => Kinds.First(k => k.Type == type).Fields;

    /// <summary>The catalog's spelling of <paramref name="type"/>, or a usage error with a suggestion.</summary>
    public string Type(string type, string flag)
    {
        var comparison = IgnoreCase ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;
        if (Types.FirstOrDefault(t => string.Equals(t, type, comparison)) is { } known) return known;
        throw new UsageException($"{flag}: unknown {What} '{type}'. Expected one of: {string.Join(", ", Types)}.{Spelling.DidYouMean(Spelling.Closest(type, Types))}");
    }
}

/// <summary>
/// When a feed command stops before it would (<c>updates poll</c>, <c>jobs changes</c>): only some types
/// (<c>--type</c>), at the first match of <c>--until</c>, after <c>--max-events</c> printed, or at
/// <c>--timeout</c> (exit 1). The first two also work on one page; the last three follow the feed.
/// </summary>
internal sealed record FeedStop(IReadOnlySet<string>? Types, FeedMatch? Until, int? MaxEvents, TimeSpan? Timeout)
{
    public static readonly FeedStop None = new(null, null, null, null);

    /// <summary>The <c>--type</c> values in the catalog's order, comma-separated (for the next command to run), or null.</summary>
    public string? TypeList { get; init; }

    /// <summary>Whether the feed is followed for a stop condition even without <c>--follow</c>.</summary>
    public bool Follows => Until is not null || MaxEvents is not null || Timeout is not null;

    public bool Shows(FeedEntry entry) => Shows(entry.Type);

    /// <summary>Whether an item of this type is printed: every type without <c>--type</c>; the <c>--until</c> type always.</summary>
    public bool Shows(string? type) => Types is null || type is not null && (Types.Contains(type) || Until?.Type == type);

    /// <param name="types">Every <c>--type</c> value (repeated or comma-separated), or null without the flag.</param>
    public static FeedStop Parse(FeedCatalog catalog, IReadOnlyList<string>? types, string? until, int? maxEvents, string? timeout)
    {
        var kept = types is null ? null : new HashSet<string>(types.Select(t => catalog.Type(t, "--type")), StringComparer.Ordinal);
        if (kept is { Count: 0 }) throw new UsageException($"--type needs a {catalog.What} (one of: {string.Join(", ", catalog.Types)})");
        if (maxEvents is < 1) throw new UsageException($"--max-events must be at least 1 (got {maxEvents})");
        return new(kept, until is null ? null : FeedMatch.Parse(catalog, until), maxEvents,
            timeout is null ? null : WaitOptions.Seconds(timeout, 0, "--timeout"))
        {
            TypeList = kept is null ? null : string.Join(",", catalog.Types.Where(kept.Contains)),
        };
    }
}

/// <summary><c>--until &lt;type&gt;[:&lt;field&gt;=&lt;value&gt;]</c>: the first item of that type (whose field has that value).</summary>
internal sealed record FeedMatch(string Type, string? Field, string? Value)
{
    public bool Matches(FeedEntry entry) => entry.Type == Type && (Field is null || entry.Field(Field) == Value);

    public override string ToString() => Field is null ? Type : $"{Type} with {Field}={Value}";

    public static FeedMatch Parse(FeedCatalog catalog, string text)
    {
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var type = catalog.Type((colon < 0 ? text : text[..colon]).Trim(), "--until");
        if (colon < 0) return new(type, null, null);
        var condition = text[(colon + 1)..];
        var equals = condition.IndexOf('=', StringComparison.Ordinal);
        var fields = catalog.FieldsOf(type);
        if (equals <= 0)
            throw new UsageException($"--until: expected <type>[:<field>=<value>], e.g. {type}:{fields[0]}=<value> (got '{text}')");
        var field = condition[..equals].Trim();
        if (!fields.Contains(field))
            throw new UsageException($"--until: {type} has no field '{field}'. Its fields: {string.Join(", ", fields)}.{Spelling.DidYouMean(Spelling.Closest(field, fields))}");
        return new(type, field, condition[(equals + 1)..]);
    }
}
