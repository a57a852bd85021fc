namespace OpenTrain.Toolkit;

/// <summary>How close a typed word is to the known ones, for "did you mean" (commands, flags, values).</summary>
internal static class Spelling
{
    /// <summary><c> Did you mean 'a' or 'b'?</c>, or empty when there is nothing close.</summary>
    public static string DidYouMean(IEnumerable<string> candidates, string prefix = "")
    {
        var list = candidates.Select(c => $"'{prefix}{c}'").ToList();
        return list.Count == 0 ? "" : $" Did you mean {string.Join(" or ", list)}?";
    }

    /// <summary>Up to three of <paramref name="known"/> within a typo's reach of <paramref name="typed"/> (closest first).</summary>
    public static IReadOnlyList<string> Closest(string typed, IEnumerable<string> known)
    {
        var limit = Math.Max(1, Math.Min(3, typed.Length / 2));
        var ranked = new Ranked(3);
        foreach (var k in known)
        {
            if (Distance(typed, k) is var d and > 0 && d <= limit) ranked.Add(k, d);
        }
        return ranked.Names;
    }

    /// <summary>Optimal string alignment distance (Damerau-Levenshtein without repeated edits of a substring), case-insensitive.</summary>
    internal static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }
        return d[a.Length, b.Length];
    }
}
