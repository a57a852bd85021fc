using System.Globalization;
using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.Views;

/// <summary>Wire formatting shared by every view: timestamps, money, string arrays.</summary>
public static class JsonValues
{
    /// <summary>ISO 8601 UTC with milliseconds, e.g. <c>2026-06-12T10:00:00.000Z</c>.</summary>
    public static string Iso(DateTimeOffset t) => t.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    public static JsonNode? Iso(DateTimeOffset? t) => t is { } v ? Iso(v) : null;

    /// <summary>A USD amount without trailing zeros (<c>300</c>, <c>0.06</c>).</summary>
    public static JsonNode Usd(decimal amount) => JsonValue.Create(Normalize(amount));

    public static JsonNode? Usd(decimal? amount) => amount is { } v ? Usd(v) : null;

    public static decimal Normalize(decimal value) => value / 1.000000000000000000000000000000000m;

    /// <summary>Any JSON number as decimal, whether parsed from text or created in code (int, double, decimal).</summary>
    public static decimal AsDecimal(this JsonNode node) =>
        decimal.Parse(node.ToJsonString(), NumberStyles.Float, CultureInfo.InvariantCulture);

    public static JsonArray Strings(IEnumerable<string> values) => new(values.Select(v => (JsonNode?)v).ToArray());

    public static JsonArray Array(IEnumerable<JsonNode?> values) => new(values.ToArray());
}
