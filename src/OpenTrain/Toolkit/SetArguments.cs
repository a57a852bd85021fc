using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenTrain.Toolkit;

/// <summary>
/// Repeatable <c>--set key=value</c>. The framework keeps only the last value of a repeated
/// option, so every occurrence is collected from the raw command arguments instead.
/// </summary>
internal static class SetArguments
{
    public const string Flag = "--set";

    /// <summary>The CLI's names for an operation's <c>fields</c>: every <c>--set</c> of the command line.</summary>
    public static ArgumentNames Names { get; } = ArgumentNames.Flags.With(("fields", $"{Flag} key=value"));

    /// <summary>One JSON object from every <c>--set</c> (empty when there is none).</summary>
    public static JsonObject Collect(ReadOnlySpan<string> commandArgs)
    {
        var fields = new JsonObject();
        for (var i = 0; i < commandArgs.Length; i++)
        {
            if (commandArgs[i] == "--") break;
            if (!commandArgs[i].Equals(Flag, StringComparison.OrdinalIgnoreCase)) continue;
            if (i + 1 >= commandArgs.Length) throw new UsageException($"{Flag} needs a value");
            Add(fields, commandArgs[++i]);
        }
        return fields;
    }

    /// <summary>Splits on the first <c>=</c>; a repeated key keeps its last value.</summary>
    public static void Add(JsonObject fields, string item)
    {
        var (key, value) = Split(Flag, item);
        fields[key] = ParseValue(value);
    }

    /// <summary><c>key=value</c> split on the first <c>=</c>; a missing <c>=</c> or empty key is a usage error naming <paramref name="flag"/>.</summary>
    public static (string Key, string Value) Split(string flag, string item)
    {
        var eq = item.IndexOf('=', StringComparison.Ordinal);
        if (eq < 0) throw new UsageException($"{flag} '{item}' is not key=value");
        var key = item[..eq];
        if (string.IsNullOrWhiteSpace(key)) throw new UsageException($"{flag} '{item}' has an empty key");
        return (key, item[(eq + 1)..]);
    }

    /// <summary>JSON when the text parses (<c>25</c>, <c>true</c>, <c>null</c>, <c>["a"]</c>, <c>"x"</c>), else the text as a string.</summary>
    public static JsonNode? ParseValue(string text)
    {
        try
        {
            return JsonNode.Parse(text);
        }
        catch (JsonException)
        {
            return JsonValue.Create(text);
        }
    }
}
