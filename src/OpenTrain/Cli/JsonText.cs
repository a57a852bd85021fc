using System.Text.Json;

namespace OpenTrain.Cli;

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
                return string.Join('.', value.EnumerateArray().Select(Describe));
            default:
                return value.GetRawText();
        }
    }

    /// <summary>A field value: strings bare, lists of scalars comma-separated, anything else as compact JSON.</summary>
    public static string Value(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString()!,
        JsonValueKind.Array when value.EnumerateArray().All(v => v.ValueKind is not (JsonValueKind.Object or JsonValueKind.Array)) =>
            string.Join(", ", value.EnumerateArray().Select(Value)),
        _ => JsonReindenter.Compact(value.GetRawText()),
    };

    /// <summary>The <c>details</c> object of an API error, when there is one.</summary>
    public static JsonElement? Details(this Http.OpenTrainApiException ex)
    {
        if (ex.DetailsJson is null) return null;
        try
        {
            using var document = JsonDocument.Parse(ex.DetailsJson);
            return document.RootElement.ValueKind == JsonValueKind.Object ? document.RootElement.Clone() : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    public static string? String(this JsonElement? obj, string name) =>
        obj is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String ? v.GetString() : null;

    public static string? Number(this JsonElement? obj, string name) =>
        obj is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetRawText() : null;

    public static IReadOnlyList<string> Strings(this JsonElement? obj, string name) =>
        obj is { ValueKind: JsonValueKind.Object } o && o.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array
            ? [.. v.EnumerateArray().Select(Describe)]
            : [];
}
