using OpenTrain.Json;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Toolkit;

namespace OpenTrain.Mcp;

/// <summary>
/// A tool call's arguments, checked against the tool's schema before it runs: unknown names,
/// missing required values and wrong JSON types are protocol errors (-32602). A null value counts
/// as absent. Range and format checks stay with the CLI's validators (tool errors).
/// </summary>
internal sealed class ToolArguments
{
    private readonly Dictionary<string, JsonElement> values = new(StringComparer.Ordinal);

    private ToolArguments(string path) => Path = path;

    private string Path { get; }

    public static ToolArguments Parse(JsonElement? arguments, ToolSchema schema, string path = "")
    {
        var args = new ToolArguments(path);
        if (arguments is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } given)
        {
            if (given.ValueKind != JsonValueKind.Object) throw JsonRpcException.InvalidParams($"{Describe(path, "arguments")} must be an object");
            foreach (var property in given.EnumerateObject())
            {
                if (!JsonRpcParser.TryGetName(property, out var name))
                    throw JsonRpcException.InvalidParams($"{Describe(path, "arguments")}: an argument name is not Unicode text (it has a lone surrogate escape)");
                var parameter = schema.Find(name)
                    ?? throw JsonRpcException.InvalidParams($"unknown argument '{path}{JsonRpcErrors.Echo(name)}'" +
                        (schema.Parameters.Count == 0 ? " (this tool takes none)" : $" (expected: {string.Join(", ", schema.Parameters.Select(p => p.Name))})"));
                if (property.Value.ValueKind == JsonValueKind.Null) continue;
                Check(parameter, property.Value, path);
                args.values[name] = property.Value;
            }
        }
        foreach (var parameter in schema.Parameters.Where(p => p.Required && !args.values.ContainsKey(p.Name)))
            throw JsonRpcException.InvalidParams($"missing required argument '{path}{parameter.Name}' ({parameter.Description})");
        return args;
    }

    private static void Check(ToolParameter parameter, JsonElement value, string path)
    {
        var ok = parameter.Type switch
        {
            "string" => value.ValueKind == JsonValueKind.String,
            "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out _),
            // Amounts may come as "25.50" from models that quote numbers; the CLI's parser judges the text.
            "number" => value.ValueKind is JsonValueKind.Number or JsonValueKind.String,
            "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
            "object" => value.ValueKind == JsonValueKind.Object,
            "array" => value.ValueKind == JsonValueKind.Array && JsonItems.All(value, i => i.ValueKind == JsonValueKind.String),
            _ => false,
        };
        if (!ok)
        {
            var expected = parameter.Type == "array" ? "an array of strings" : parameter.Type is "integer" or "object" ? $"an {parameter.Type}" : $"a {parameter.Type}";
            throw JsonRpcException.InvalidParams($"argument '{path}{parameter.Name}' must be {expected}, got {Kind(value)}");
        }
        // JSON can escape lone surrogates ("\ud800"); they are not text, and reading them later would fail inside the tool.
        if (parameter.Properties is null && !JsonRpcParser.IsText(value))
            throw JsonRpcException.InvalidParams($"argument '{path}{parameter.Name}' is not Unicode text (it has a lone surrogate escape)");
        if (parameter.Properties is { } nested) Parse(value, nested, $"{path}{parameter.Name}.");
    }

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Number => $"the number {value.GetRawText()}",
        JsonValueKind.String => "a string",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Array => "an array",
        JsonValueKind.Object => "an object",
        _ => value.ValueKind.ToString().ToLowerInvariant(),
    };

    private static string Describe(string path, string what) => path.Length == 0 ? what : path.TrimEnd('.');

    public bool Has(string name) => values.ContainsKey(name);

    public string? String(string name) => values.TryGetValue(name, out var v) ? v.GetString() : null;

    /// <summary>A required string that must not be blank (the schema only guarantees it is present).</summary>
    public string Required(string name) => CommandArgs.Require(String(name), $"{Path}{name}");

    /// <summary>The id of what the tool acts on: the CLI's id rule (required, never <c>.</c> or <c>..</c>).</summary>
    public string Id(string name) => CommandArgs.RequireId(null, String(name), $"{Path}{name}");

    public int? Int(string name) => values.TryGetValue(name, out var v) ? v.GetInt32() : null;

    public bool Bool(string name) => values.TryGetValue(name, out var v) && v.GetBoolean();

    /// <summary>A decimal as typed (<c>25.50</c> stays 25.50); quoted numbers go through the CLI's parser.</summary>
    public decimal? Decimal(string name)
    {
        if (!values.TryGetValue(name, out var v)) return null;
        if (v.ValueKind == JsonValueKind.String) return NumberArgument.Parse(v.GetString(), $"{Path}{name}");
        return decimal.TryParse(v.GetRawText(), NumberStyles.Float, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new UsageException($"{Path}{name} is out of range: {v.GetRawText()}");
    }

    public JsonObject? Object(string name) =>
        values.TryGetValue(name, out var v) ? JsonObject.Create(v.Clone()) : null;

    public IReadOnlyList<string>? Strings(string name) =>
        values.TryGetValue(name, out var v) ? JsonItems.Strings(v) : null;

    public ToolArguments Nested(string name, ToolSchema schema) =>
        Parse(values.TryGetValue(name, out var v) ? v : null, schema, $"{Path}{name}.");
}
