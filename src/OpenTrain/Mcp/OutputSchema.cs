using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;
using OpenTrain.Generated;

namespace OpenTrain.Mcp;

/// <summary>
/// A tool's <c>outputSchema</c>, derived from the contract type its <c>structuredContent</c> has (a root of
/// <see cref="OpenTrainJson.Context"/>): the source-generated metadata's properties with their JSON types, nullable
/// ones as <c>["string","null"]</c>, arrays with their items. Permissive but true: no <c>required</c>, and other
/// properties allowed (the API may add fields). A body that is not an object is wrapped as <c>{"result": …}</c>
/// (<see cref="ToolResult"/>), and so is its schema. An error result's <c>{"status", "error"}</c> is the other branch
/// of an <c>anyOf</c>. Built at tools/list time only.
/// </summary>
internal static class OutputSchema
{
    public static JsonObject For(Type type)
    {
        var success = Describe(type, nullable: false, []);
        // Any JSON (the raw api tool): an object as sent, anything else wrapped, an error result too: an object either way.
        if (success["type"] is null) return new JsonObject { ["type"] = "object" };
        if (success["type"]!.GetValue<string>() != "object")
            success = new JsonObject { ["type"] = "object", ["properties"] = new JsonObject { ["result"] = success } };
        success.Remove("type");
        success["description"] = "A successful result: the response as sent.";
        // Clients validate an error result's structuredContent too (the TypeScript SDK does), so its shape is one branch.
        return new JsonObject { ["type"] = "object", ["anyOf"] = new JsonArray(success, Failure()) };
    }

    /// <summary>An <c>isError</c> result's structuredContent (<see cref="ToolResult.ApiFailure"/>, <see cref="ToolResult.Failure"/>).</summary>
    private static JsonObject Failure() => new()
    {
        ["description"] = "An error result (isError): the HTTP status, when a request was made, and the error as the API sent it.",
        ["properties"] = new JsonObject { ["status"] = Typed("integer", false), ["error"] = new JsonObject() },
        ["required"] = new JsonArray("error"),
    };

    private static JsonObject Describe(Type type, bool nullable, HashSet<Type> enclosing)
    {
        if (Nullable.GetUnderlyingType(type) is { } underlying) (type, nullable) = (underlying, true);
        // Any JSON value (a raw part of the body, kept as sent).
        if (type == typeof(JsonElement) || type == typeof(JsonNode)) return [];
        if (Primitive(type) is { } primitive) return Typed(primitive, nullable);
        var info = OpenTrainJson.Context.Options.GetTypeInfo(type);
        if (info.Kind == JsonTypeInfoKind.Enumerable) return Typed("array", nullable, ("items", Describe(info.ElementType!, false, enclosing)));
        if (info.Kind == JsonTypeInfoKind.Dictionary) return Typed("object", nullable, ("additionalProperties", Describe(info.ElementType!, false, enclosing)));
        if (info.Kind != JsonTypeInfoKind.Object) return [];
        var schema = Typed("object", nullable);
        // A type inside itself: any object from there on.
        if (!enclosing.Add(type)) return schema;
        var properties = new JsonObject();
        foreach (var property in info.Properties)
        {
            if (property.Get is null || property.IsExtensionData) continue;
            properties[property.Name] = Describe(property.PropertyType, property.IsGetNullable, enclosing);
        }
        enclosing.Remove(type);
        schema["properties"] = properties;
        return schema;
    }

    private static string? Primitive(Type type) =>
        type == typeof(string) || type == typeof(DateTimeOffset) || type == typeof(DateTime) || type == typeof(Guid) ? "string"
        : type == typeof(bool) ? "boolean"
        : type == typeof(int) || type == typeof(long) ? "integer"
        : type == typeof(decimal) || type == typeof(double) || type == typeof(float) ? "number"
        : type == typeof(JsonObject) ? "object"
        : type == typeof(JsonArray) ? "array"
        : null;

    private static JsonObject Typed(string type, bool nullable, (string Name, JsonNode Value)? extra = null)
    {
        var schema = new JsonObject { ["type"] = nullable ? new JsonArray(type, "null") : type };
        if (extra is var (name, value)) schema[name] = value;
        return schema;
    }
}
