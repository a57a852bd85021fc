using System.Text;

namespace OpenTrain.Toolkit;

/// <summary>An aligned table with a header row; the last column is never padded.</summary>
internal sealed class Table(params string[] headers)
{
    private readonly List<string[]> rows = [];

    /// <summary>
    /// Set by <c>--all</c> while its pages print: they read as one table (the header once, each later
    /// page padded to at least the widths before it) instead of one table per page.
    /// </summary>
    public static readonly AsyncLocal<Continuation?> Pages = new();

    internal sealed class Continuation
    {
        public int[]? Widths { get; set; }
    }

    public int Count => rows.Count;

    public Table AddRow(params string?[] cells)
    {
        rows.Add([.. cells.Select(c => Clean(c ?? ""))]);
        return this;
    }

    /// <summary>Writes the table; the header is bold when the output wants decoration.</summary>
    public void WriteTo(TextWriter output)
    {
        if (rows.Count == 0) return;
        var layout = (output as StyledWriter)?.Layout;
        List<string[]> cells = layout is null ? rows : [.. rows.Select(r => r.Select(c => RelativeTime.Describe(c, layout.Now)).ToArray())];
        var pages = Pages.Value;
        var widths = new int[headers.Length];
        for (var i = 0; i < widths.Length; i++)
        {
            widths[i] = Math.Max(headers[i].Length, pages?.Widths is { } before && i < before.Length ? before[i] : 0);
            foreach (var row in cells) if (i < row.Length) widths[i] = Math.Max(widths[i], row[i].Length);
        }
        if (layout is not null) widths = Shrink(widths, layout.Width);
        if (pages?.Widths is null) StyledWriter.WriteBoldLine(output, Fit(Line(headers, widths), layout));
        if (pages is not null) pages.Widths = widths;
        var sb = new StringBuilder();
        foreach (var row in cells) sb.Append(Fit(Line(row, widths), layout)).Append('\n');
        output.Write(sb.ToString());
    }

    /// <summary>
    /// On a terminal, a table wider than it takes the excess from its widest column (down to the header's
    /// width or 8), then from the next widest, so every column stays in view; cut cells end in an ellipsis.
    /// </summary>
    private int[] Shrink(int[] widths, int width)
    {
        var shrunk = (int[])widths.Clone();
        var excess = 2 * (shrunk.Length - 1) - width;
        foreach (var w in shrunk) excess += w;
        var tried = new bool[shrunk.Length];
        while (excess > 0 && Widest(widths, tried) is var i and >= 0)
        {
            tried[i] = true;
            var take = Math.Min(excess, shrunk[i] - Math.Max(headers[i].Length, 8));
            if (take <= 0) continue;
            shrunk[i] -= take;
            excess -= take;
        }
        return shrunk;
    }

    /// <summary>The widest column not tried yet (the leftmost of equals), or -1.</summary>
    private static int Widest(int[] widths, bool[] tried)
    {
        var widest = -1;
        for (var i = 0; i < widths.Length; i++)
            if (!tried[i] && (widest < 0 || widths[i] > widths[widest])) widest = i;
        return widest;
    }

    /// <summary>On a terminal a row never wraps: what does not fit ends in an ellipsis (pipes and --json get everything).</summary>
    private static string Fit(string line, TerminalLayout? layout) =>
        layout is null || line.Length <= layout.Width ? line : line[..(layout.Width - 1)] + "…";

    private static string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : "";
            if (cell.Length > widths[i]) cell = cell[..(widths[i] - 1)] + "…";
            line.Append(i == widths.Length - 1 ? cell : cell.PadRight(widths[i] + 2));
        }
        return line.ToString().TrimEnd();
    }

    /// <summary>Cells are one line: newlines and tabs become spaces, control characters visible escapes (so widths stay true).</summary>
    public static string Clean(string text) => SafeTextWriter.Neutralize(text.ReplaceLineEndings(" ").Replace('\t', ' '));
}
