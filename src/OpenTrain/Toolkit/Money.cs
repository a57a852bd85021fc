using System.Globalization;

namespace OpenTrain.Toolkit;

/// <summary>Money in human output: dollars with two decimals.</summary>
internal static class Money
{
    public static string FromCents(long cents) =>
        (cents < 0 ? "-$" : "$") + (Math.Abs((decimal)cents) / 100m).ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Usd(decimal? amount) =>
        amount is null ? "" : (amount < 0 ? "-$" : "$") + Math.Abs(amount.Value).ToString("#,0.00", CultureInfo.InvariantCulture);
}
