namespace OpenTrain.Toolkit;

/// <summary>A list in human output: an aligned table of its items, or one line saying there are none.</summary>
internal static class TableOutput
{
    /// <returns>Whether there were rows (so callers can add what follows a non-empty table).</returns>
    public static bool WriteRows<T>(TextWriter output, IReadOnlyList<T>? items, string emptyMessage, string[] headers, Func<T, string?[]> row)
    {
        if (items is not { Count: > 0 })
        {
            output.WriteLine(emptyMessage);
            return false;
        }
        var table = new Table(headers);
        foreach (var item in items) table.AddRow(row(item));
        table.WriteTo(output);
        return true;
    }
}
