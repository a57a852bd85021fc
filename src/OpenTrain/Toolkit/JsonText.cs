using System.Text.Json;
using OpenTrain.Json;

namespace OpenTrain.Toolkit;

/// <summary>Loosely shaped JSON (warnings, issues, moderation reasons) as one readable line.</summary>
internal static class JsonText
{
    private static readonly string[] MessageKeys = ["message", "reason", "label", "description", "code"];

    public static string Describe(JsonElement value)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return value.GetString()!;
            case JsonValueKind.Object:
                var path = value.TryGetProperty("path", out var p) ? Describe(p) : null;
                foreach (var key in MessageKeys)
                {
                    if (value.TryGetProperty(key, out var text) && text.ValueKind == JsonValueKind.String)
                        return path is null ? text.GetString()! : $"{path}: {text.GetString()}";
                }
                return JsonReindenter.Compact(value.GetRawText());
            case JsonValueKind.Array:
                return string.Join('.', JsonItems.Map(value, Describe));
            default:
                return value.GetRawText();
        }
    }

    /// <summary>A field value: strings bare, lists of scalars comma-separated, anything else as compact JSON.</summary>
    public static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array when JsonItems.All(value, v => v.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)) =>
            string.Join(", ", JsonItems.Map(value, Value)),
        _ => JsonReindenter.Compact(value.GetRawText()),
    };

    /// <summary>The <c>details</c> of an API error when it is an object.</summary>
    public static JsonElement? Details(this Http.OpenTrainApiException ex) =>
        ex.Details is { ValueKind: JsonValueKind.Object } details ? details : null;

    public static string? String(this JsonElement? obj, string name) =>
        obj is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static string? Number(this JsonElement? obj, string name) =>
        obj is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null;

    public static IReadOnlyList<string> Strings(this JsonElement? obj, string name) =>
        obj is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? JsonItems.Map(v, Describe)
            : [];
}
