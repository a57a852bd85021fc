using System.Text;

namespace OpenTrain.Toolkit;

/// <summary>Aligned <c>Label:  value</c> lines; rows without a value are left out.</summary>
internal sealed class KeyValueBlock
{
    private readonly List<(string Label, string Value)> rows = [];

    public KeyValueBlock Add(string label, string? value)
    {
        if (!string.IsNullOrEmpty(value)) rows.Add((label, value));
        return this;
    }

    public void WriteTo(TextWriter output, string indent = "")
    {
        if (rows.Count == 0) return;
        var width = rows.Max(r => r.Label.Length) + 2;
        var sb = new StringBuilder();
        foreach (var (label, value) in rows)
        {
            var lines = value.Split('\n');
            sb.Append(indent).Append((label + ":").PadRight(width + 1)).Append(lines[0]).Append('\n');
            foreach (var more in lines.Skip(1)) sb.Append(indent).Append(' ', width + 1).Append(more).Append('\n');
        }
        output.Write(sb.ToString());
    }
}
