using System.Text;

namespace OpenTrain.Cli;

/// <summary>An aligned table with a header row; the last column is never padded.</summary>
internal sealed class Table(params string[] headers)
{
    private readonly List<string[]> rows = [];

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
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        StyledWriter.WriteBoldLine(output, Line(headers, widths));
        var sb = new StringBuilder();
        foreach (var row in rows) sb.Append(Line(row, widths)).Append('\n');
        output.Write(sb.ToString());
    }

    private static string Line(string[] cells, int[] widths)
    {
        var line = new StringBuilder();
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : "";
            line.Append(i == widths.Length - 1 ? cell : cell.PadRight(widths[i] + 2));
        }
        return line.ToString().TrimEnd();
    }

    /// <summary>Cells are one line: newlines and tabs become spaces, control characters visible escapes (so widths stay true).</summary>
    public static string Clean(string text) => SafeTextWriter.Neutralize(text.ReplaceLineEndings(" ").Replace('\t', ' '));
}
