namespace OpenTrain.Toolkit;

/// <summary>
/// Tests and maps over a string's characters. Loops, not LINQ over <c>char</c>: every LINQ pipeline over a value
/// type adds its own iterator classes to the image (docs/performance.md, "LINQ over value types").
/// </summary>
internal static class Chars
{
    public static bool All(string text, Func<char, bool> test)
    {
        foreach (var c in text) if (!test(c)) return false;
        return true;
    }

    public static bool Any(string text, Func<char, bool> test) => !All(text, c => !test(c));

    /// <summary>Each character replaced by what <paramref name="map"/> writes for it.</summary>
    public static string Map(string text, Func<char, string> map)
    {
        var mapped = new System.Text.StringBuilder(text.Length);
        foreach (var c in text) mapped.Append(map(c));
        return mapped.ToString();
    }

    /// <summary>The characters <paramref name="first"/> to <paramref name="last"/>, inclusive.</summary>
    public static string Run(char first, char last)
    {
        var run = new char[last - first + 1];
        for (var i = 0; i < run.Length; i++) run[i] = (char)(first + i);
        return new string(run);
    }
}
