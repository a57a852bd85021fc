using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Api;

/// <summary>
/// The repeatable flags of <c>opentrain api</c>, read from the raw arguments in order (the framework
/// keeps only the last copy): <c>-f key=value</c> string fields, <c>-F key=json</c> typed fields, <c>-q key=value</c> query.
/// </summary>
internal sealed record ApiArguments(JsonObject? Fields, IReadOnlyList<KeyValuePair<string, string?>> Query)
{
    public static ApiArguments Collect(ReadOnlySpan<string> args)
    {
        JsonObject? fields = null;
        var query = new List<KeyValuePair<string, string?>>();
        for (var i = 0; i < args.Length; i++)
        {
            var flag = args[i];
            if (flag == "--") break;
            var kind = flag switch
            {
                "-f" or "--raw-field" => 'f',
                "-F" or "--field" => 'F',
                "-q" or "--query" => 'q',
                _ => ' ',
            };
            if (kind == ' ') continue;
            if (i + 1 >= args.Length) throw new UsageException($"{flag} needs a value");
            var (key, value) = SetArguments.Split(flag, args[++i]);
            if (kind == 'q')
            {
                query.Add(new(key, value));
                continue;
            }
            fields ??= [];
            fields[key] = kind == 'f' ? JsonValue.Create(value) : Typed(flag, key, value);
        }
        return new ApiArguments(fields, query);
    }

    private static JsonNode? Typed(string flag, string key, string value)
    {
        try
        {
            return JsonNode.Parse(value);
        }
        catch (JsonException)
        {
            throw new UsageException($"{flag} {key}: '{value}' is not JSON (quote a string as '\"text\"', or use -f for strings)");
        }
    }
}
