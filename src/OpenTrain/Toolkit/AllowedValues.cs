namespace OpenTrain.Toolkit;

/// <summary>Validation of a repeated argument whose values come from a fixed list (event types, token scopes).</summary>
internal static class AllowedValues
{
    /// <summary>
    /// At least one value, each one of <paramref name="allowed"/>; repeats dropped, order kept.
    /// <paramref name="kind"/> names one value ("event type"); its last word names the list ("valid types").
    /// </summary>
    public static List<string> AtLeastOne(IEnumerable<string> given, string name, string kind, IReadOnlyList<string> allowed)
    {
        var values = given.Distinct(StringComparer.Ordinal).ToList();
        if (values.Count == 0)
            throw new UsageException($"at least one {name} is required (one of: {string.Join(", ", allowed)})");
        var unknown = values.Where(v => !allowed.Contains(v)).ToList();
        if (unknown.Count > 0)
            throw new UsageException($"unknown {kind}{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}; " +
                $"valid {kind.Split(' ')[^1]}s: {string.Join(", ", allowed)}");
        return values;
    }
}
