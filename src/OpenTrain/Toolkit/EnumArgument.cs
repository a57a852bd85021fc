namespace OpenTrain.Toolkit;

/// <summary>
/// A flag that takes one of a few values. Matching ignores case and treats <c>-</c> and spaces as
/// <c>_</c> (as the API does); the canonical spelling is what gets sent.
/// </summary>
internal static class EnumArgument
{
    public static string? Parse(string? value, string flagName, IReadOnlyList<string> allowed)
    {
        if (value is null) return null;
        var wanted = Normalize(value);
        foreach (var candidate in allowed)
        {
            if (Normalize(candidate) == wanted) return candidate;
        }
        throw new UsageException($"invalid value '{value}' for {flagName} (expected one of: {string.Join(", ", allowed)})");
    }

    private static string Normalize(string text) => text.Trim().Replace('-', '_').Replace(' ', '_').ToUpperInvariant();
}
