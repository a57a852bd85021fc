namespace OpenTrain.Toolkit;

/// <summary>
/// The best few names by score, lower first, ties in ordinal order, as a "did you mean" lists them. A loop, not
/// LINQ over (name, score) tuples: every LINQ pipeline over a value type adds its own iterator classes to the
/// image (docs/performance.md, "LINQ over value types").
/// </summary>
internal sealed class Ranked(int max)
{
    private readonly List<string> names = [];
    private readonly List<int> scores = [];

    public IReadOnlyList<string> Names => names;

    public void Add(string name, int score)
    {
        var at = 0;
        while (at < names.Count && (scores[at] < score || scores[at] == score && string.CompareOrdinal(names[at], name) <= 0)) at++;
        if (at >= max) return;
        names.Insert(at, name);
        scores.Insert(at, score);
        if (names.Count <= max) return;
        names.RemoveAt(max);
        scores.RemoveAt(max);
    }
}
