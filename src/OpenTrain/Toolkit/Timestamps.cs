using System.Globalization;

namespace OpenTrain.Toolkit;

/// <summary>
/// Timestamps print as the API sent them (exact ISO 8601 UTC); date-only values such as a due date
/// (sent as <c>2026-07-15</c>, echoed as <c>2026-07-15T00:00:00.000Z</c>) print as the date.
/// </summary>
internal static class Timestamps
{
    public static string? Date(string? iso) =>
        DateTimeOffset.TryParse(iso, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var time)
            ? time.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : iso;
}
