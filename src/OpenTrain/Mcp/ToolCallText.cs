using System.Globalization;
using System.Text.Json.Nodes;
using OpenTrain.Operations;

namespace OpenTrain.Mcp;

/// <summary>
/// A suggested command (<see cref="ShellCommand"/>) in MCP terms: the tool that wraps the command and its
/// arguments as JSON, e.g. <c>opentrain_publish_job {"jobId":"job_1"}</c>. Derived from the tool's schema:
/// the positional value is the tool's first parameter, a flag is the parameter of the same name
/// (<c>--due-date</c> → <c>dueDate</c>, or inside an object parameter: <c>--milestone-name</c> →
/// <c>milestone.name</c>), a flag alone is <c>true</c>, and <c>--set k=v</c> an entry of <c>fields</c>.
/// </summary>
internal static class ToolCallText
{
    public static string Render(ShellCommand command, ToolCatalog catalog)
    {
        // No tool wraps it: the command line stays (the no-CLI-text tests catch that).
        if (catalog.ForCommand(command.Path) is not { } tool) return command.CommandLine();
        var args = new JsonObject();
        foreach (var part in command.Parts)
        {
            if (part.Key is { } key)
            {
                var fields = args["fields"] as JsonObject ?? (JsonObject)(args["fields"] = new JsonObject());
                fields[key] = part.ValueJson is { } json ? JsonNode.Parse(json) : part.Value![(key.Length + 1)..];
                continue;
            }
            var (target, parameter) = part.Flag is null
                ? (args, tool.Input.Parameters.Count > 0 ? tool.Input.Parameters[0] : null)
                : Locate(args, tool.Input, Camel(part.Flag));
            if (parameter is null) continue;
            target[parameter.Name] = part.Value is null ? true : Value(parameter, part.ToolValue ?? part.Value);
        }
        return args.Count == 0 ? tool.Name : $"{tool.Name} {Compact(args)}";
    }

    /// <summary>The parameter a flag names: top level, else inside an object parameter (with or without its name as prefix).</summary>
    private static (JsonObject Target, ToolParameter? Parameter) Locate(JsonObject args, ToolSchema schema, string name)
    {
        if (schema.Find(name) is { } direct) return (args, direct);
        // A repeatable flag fills the array of the same stem (--event → eventTypes, --scope → scopes).
        if (schema.Parameters.FirstOrDefault(p => p.Type == "array" && p.Name.StartsWith(name, StringComparison.Ordinal)) is { } list) return (args, list);
        foreach (var nested in schema.Parameters.Where(p => p.Properties is not null))
        {
            var inner = name.StartsWith(nested.Name, StringComparison.Ordinal) && name.Length > nested.Name.Length
                ? char.ToLowerInvariant(name[nested.Name.Length]) + name[(nested.Name.Length + 1)..]
                : name;
            if (nested.Properties!.Find(inner) is { } found)
                return (args[nested.Name] as JsonObject ?? (JsonObject)(args[nested.Name] = new JsonObject()), found);
        }
        return (args, null);
    }

    private static JsonNode? Value(ToolParameter parameter, string value) => parameter.Type switch
    {
        "integer" when int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var n) => n,
        "number" when decimal.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) => d,
        "array" => new JsonArray(value),
        _ => value,
    };

    /// <summary>One line of JSON, with <c>&lt;</c>, <c>&gt;</c> and non-ASCII text as typed (it is read, not embedded in HTML).</summary>
    private static string Compact(JsonObject args)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new System.Text.Json.Utf8JsonWriter(buffer, new System.Text.Json.JsonWriterOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            args.WriteTo(writer);
        return System.Text.Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    /// <summary><c>--due-date</c> → <c>dueDate</c> (the inverse of <see cref="ArgumentNames.Flags"/>).</summary>
    private static string Camel(string flag)
    {
        var words = flag.TrimStart('-').Split('-');
        return words[0] + string.Concat(words.Skip(1).Select(w => w.Length == 0 ? w : char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
