using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenTrain.Tests.Mcp;

/// <summary>
/// Checks a value against the JSON Schema subset the tools' outputSchemas use (type, properties, items,
/// additionalProperties, enum, required, description, anyOf). Any other keyword is itself a problem, so a schema
/// this validator does not understand never passes silently.
/// </summary>
internal static class OutputSchemaValidator
{
    private static readonly HashSet<string> Keywords = ["type", "properties", "items", "additionalProperties", "enum", "required", "description", "anyOf"];

    public static List<string> Problems(JsonNode? value, JsonNode? schema, string path = "$")
    {
        var problems = new List<string>();
        Check(value, schema, path, problems);
        return problems;
    }

    private static void Check(JsonNode? value, JsonNode? schema, string path, List<string> problems)
    {
        if (schema is JsonValue flag && flag.GetValueKind() is JsonValueKind.True or JsonValueKind.False)
        {
            if (flag.GetValueKind() == JsonValueKind.False) problems.Add($"{path}: not allowed");
            return;
        }
        if (schema is not JsonObject rules)
        {
            problems.Add($"{path}: schema is not an object: {schema?.ToJsonString()}");
            return;
        }
        foreach (var keyword in rules.Select(r => r.Key).Where(k => !Keywords.Contains(k)))
            problems.Add($"{path}: unsupported keyword {keyword}");
        if (rules["type"] is { } type)
        {
            var allowed = type is JsonArray many ? many.Select(t => t!.GetValue<string>()).ToList() : [type.GetValue<string>()];
            if (!allowed.Any(t => Is(value, t)))
            {
                problems.Add($"{path}: {Kind(value)} is not {string.Join(" or ", allowed)}");
                return;
            }
        }
        if (rules["anyOf"] is JsonArray branches)
        {
            var failed = branches.Select((b, i) => Problems(value, b, $"{path} (anyOf {i})")).ToList();
            if (failed.All(f => f.Count > 0)) problems.AddRange(failed.SelectMany(f => f));
        }
        if (rules["enum"] is JsonArray values && !values.Any(v => JsonNode.DeepEquals(v, value)))
            problems.Add($"{path}: {value?.ToJsonString()} is not one of {values.ToJsonString()}");
        if (value is JsonObject obj)
        {
            var properties = rules["properties"] as JsonObject;
            foreach (var required in rules["required"]?.AsArray() ?? [])
                if (!obj.ContainsKey(required!.GetValue<string>())) problems.Add($"{path}: {required} is missing");
            foreach (var (name, member) in obj)
            {
                if (properties?[name] is { } known) Check(member, known, $"{path}.{name}", problems);
                else if (rules["additionalProperties"] is { } other) Check(member, other, $"{path}.{name}", problems);
            }
        }
        if (value is JsonArray items && rules["items"] is { } itemSchema)
        {
            for (var i = 0; i < items.Count; i++) Check(items[i], itemSchema, $"{path}[{i}]", problems);
        }
    }

    private static bool Is(JsonNode? value, string type) => type switch
    {
        "null" => value is null,
        "object" => value is JsonObject,
        "array" => value is JsonArray,
        "string" => value is JsonValue v && v.GetValueKind() == JsonValueKind.String,
        "boolean" => value is JsonValue v && v.GetValueKind() is JsonValueKind.True or JsonValueKind.False,
        "number" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number,
        "integer" => value is JsonValue v && v.GetValueKind() == JsonValueKind.Number && decimal.TryParse(v.ToJsonString(), System.Globalization.CultureInfo.InvariantCulture, out var d) && d == decimal.Truncate(d),
        _ => throw new InvalidOperationException($"unknown JSON Schema type {type}"),
    };

    private static string Kind(JsonNode? value) => value is null ? "null" : value.GetValueKind().ToString().ToLowerInvariant();
}
