using System.Globalization;

namespace OpenTrain.Toolkit;

/// <summary>Numbers and rates in human output, independent of the machine's culture.</summary>
internal static class AmountText
{
    public static string? Plain(decimal? value) => value?.ToString(CultureInfo.InvariantCulture);

    /// <summary>Dollars with at least two decimals and up to four (per-label rates are often fractions of a cent).</summary>
    public static string? Usd(decimal? value) =>
        value is not { } v ? null : (v < 0 ? "-$" : "$") + Math.Abs(v).ToString("#,0.00##", CultureInfo.InvariantCulture);

    /// <summary><c>$0.06/label</c>, <c>$18.00/hour</c>, or the amount and unit as given.</summary>
    public static string? Rate(decimal? value, string? unit)
    {
        var amount = Usd(value);
        if (amount is null || string.IsNullOrEmpty(unit)) return amount;
        var per = unit.ToLowerInvariant().Replace('_', ' ').Trim();
        if (per.StartsWith("per ", StringComparison.Ordinal)) return $"{amount}/{per[4..]}";
        return $"{amount} {per}";
    }
}
