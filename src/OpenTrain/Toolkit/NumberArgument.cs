using System.Globalization;

namespace OpenTrain.Toolkit;

/// <summary>
/// The one parser for numeric flags given as text: plain invariant numbers only (<c>1.5</c>, <c>-2</c>,
/// <c>10</c>), never thousands separators or exponents, so <c>1,5</c> cannot become 15. Money stays
/// <see cref="decimal"/> end to end.
/// </summary>
internal static class NumberArgument
{
    private const NumberStyles Plain = NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint;

    public static decimal? Parse(string? text, string flagName)
    {
        if (text is null) return null;
        // decimal keeps the digits as typed: "25.50" is sent as 25.50.
        return decimal.TryParse(text, Plain, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new UsageException($"invalid value '{text}' for {flagName}");
    }

    public static decimal Positive(decimal value, string flagName) =>
        value > 0 ? value : throw new UsageException($"{flagName} must be a positive number, got {Text(value)}");

    public static decimal InRange(decimal value, decimal min, decimal max, string flagName) =>
        value >= min && value <= max
            ? value
            : throw new UsageException($"{flagName} must be between {Text(min)} and {Text(max)}, got {Text(value)}");

    public static string Text(decimal value) => value.ToString(CultureInfo.InvariantCulture);
}
