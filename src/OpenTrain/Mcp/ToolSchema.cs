using System.Text.Json.Nodes;

namespace OpenTrain.Mcp;

/// <summary>One input parameter of a tool, as its JSON Schema and docs/mcp.md describe it.</summary>
internal sealed record ToolParameter(string Name, string Type, string Description, bool Required)
{
    public IReadOnlyList<string>? Values { get; init; }
    public decimal? Minimum { get; init; }
    public decimal? Maximum { get; init; }
    public ToolSchema? Properties { get; init; }
    public string? ItemsType { get; init; }
}

/// <summary>
/// A tool's input: built once, rendered as JSON Schema (draft 2020-12 subset: types, required,
/// enums, bounds, descriptions) and used to check arguments before anything runs.
/// </summary>
internal sealed class ToolSchema
{
    private readonly List<ToolParameter> parameters = [];

    public IReadOnlyList<ToolParameter> Parameters => parameters;

    public static ToolSchema None => new();

    public ToolSchema String(string name, string description, bool required = false) =>
        Add(new(name, "string", description, required));

    public ToolSchema Enum(string name, string description, IReadOnlyList<string> values, bool required = false) =>
        Add(new(name, "string", description, required) { Values = values });

    public ToolSchema Integer(string name, string description, int minimum, int maximum, bool required = false) =>
        Add(new(name, "integer", description, required) { Minimum = minimum, Maximum = maximum });

    public ToolSchema Number(string name, string description, bool required = false, decimal? minimum = null, decimal? maximum = null) =>
        Add(new(name, "number", description, required) { Minimum = minimum, Maximum = maximum });

    public ToolSchema Boolean(string name, string description) => Add(new(name, "boolean", description, false));

    /// <summary>A free-form object (e.g. the fields of a draft update).</summary>
    public ToolSchema Object(string name, string description, bool required = false) => Add(new(name, "object", description, required));

    /// <summary>An object with its own parameters (e.g. the first milestone of a hire).</summary>
    public ToolSchema Object(string name, string description, ToolSchema properties, bool required = false) =>
        Add(new(name, "object", description, required) { Properties = properties });

    public ToolSchema StringArray(string name, string description, IReadOnlyList<string>? values = null, bool required = false) =>
        Add(new(name, "array", description, required) { ItemsType = "string", Values = values });

    public ToolParameter? Find(string name) => parameters.Find(p => p.Name == name);

    private ToolSchema Add(ToolParameter parameter)
    {
        parameters.Add(parameter);
        return this;
    }

    public JsonObject ToJson()
    {
        var properties = new JsonObject();
        foreach (var p in parameters) properties[p.Name] = Describe(p);
        var schema = new JsonObject { ["type"] = "object", ["properties"] = properties };
        var required = parameters.Where(p => p.Required).Select(p => (JsonNode?)JsonValue.Create(p.Name)).ToArray();
        if (required.Length > 0) schema["required"] = new JsonArray(required);
        schema["additionalProperties"] = false;
        return schema;
    }

    private static JsonObject Describe(ToolParameter p)
    {
        if (p.Properties is { } nested)
        {
            var inner = nested.ToJson();
            inner["description"] = p.Description;
            return inner;
        }
        var node = new JsonObject { ["type"] = p.Type, ["description"] = p.Description };
        if (p.Type == "array")
        {
            var items = new JsonObject { ["type"] = p.ItemsType };
            if (p.Values is { } itemValues) items["enum"] = Strings(itemValues);
            node["items"] = items;
            node["minItems"] = 1;
        }
        else if (p.Values is { } values)
        {
            node["enum"] = Strings(values);
        }
        if (p.Minimum is { } min) node["minimum"] = min;
        if (p.Maximum is { } max) node["maximum"] = max;
        return node;
    }

    private static JsonArray Strings(IEnumerable<string> values) => new([.. values.Select(v => (JsonNode?)JsonValue.Create(v))]);
}
