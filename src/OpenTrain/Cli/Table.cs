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
        var bold = StyledWriter.WantsColor(output);
        var widths = headers.Select((h, i) => Math.Max(h.Length, rows.Count == 0 ? 0 : rows.Max(r => i < r.Length ? r[i].Length : 0))).ToArray();
        var sb = new StringBuilder();
        AppendRow(sb, headers, widths, bold);
        foreach (var row in rows) AppendRow(sb, row, widths, false);
        output.Write(sb.ToString());
    }

    private static void AppendRow(StringBuilder sb, string[] cells, int[] widths, bool bold)
    {
        var line = new StringBuilder();
        for (var i = 0; i < widths.Length; i++)
        {
            var cell = i < cells.Length ? cells[i] : "";
            line.Append(i == widths.Length - 1 ? cell : cell.PadRight(widths[i] + 2));
        }
        var text = line.ToString().TrimEnd();
        sb.Append(bold ? $"\u001b[1m{text}\u001b[0m" : text).Append('\n');
    }

    /// <summary>Cells are one line: newlines and tabs become spaces.</summary>
    public static string Clean(string text) => text.ReplaceLineEndings(" ").Replace('\t', ' ');
}
