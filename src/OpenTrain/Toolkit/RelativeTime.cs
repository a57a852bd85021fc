using System.Globalization;

namespace OpenTrain.Toolkit;

/// <summary>An ISO 8601 date-time as people say it on a terminal: "3 minutes ago", "in 2 days".</summary>
internal static class RelativeTime
{
    public static string Describe(string cell, DateTimeOffset now)
    {
        if (cell.Length < 20 || cell[10] != 'T' || !cell.EndsWith('Z')
            || !DateTimeOffset.TryParse(cell, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var time))
            return cell;
        var span = now - time;
        var future = span < TimeSpan.Zero;
        var amount = future ? -span : span;
        var text = amount switch
        {
            { TotalMinutes: < 1 } => null,
            { TotalHours: < 1 } => Unit((int)amount.TotalMinutes, "minute"),
            { TotalDays: < 1 } => Unit((int)amount.TotalHours, "hour"),
            { TotalDays: < 60 } => Unit((int)amount.TotalDays, "day"),
            _ => null,
        };
        if (text is null) return amount.TotalMinutes < 1 ? "just now" : time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        return future ? $"in {text}" : $"{text} ago";
    }

    private static string Unit(int count, string unit) => count == 1 ? $"1 {unit}" : $"{count} {unit}s";
}
