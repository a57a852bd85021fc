using System.Text.Json.Nodes;
using System.Text.RegularExpressions;

namespace OpenTrain.Tests.Mcp;

/// <summary>
/// Issue #25 item 3: an MCP result (its text, structuredContent or error) never names a CLI command
/// (<c>opentrain jobs publish</c>) or flag (<c>--wait</c>); next steps name tools and their JSON arguments.
/// </summary>
internal static partial class CliWords
{
    [GeneratedRegex(@"\bopentrain (auth|jobs|proposals|contracts|milestones|approvals|messages|updates|webhooks|tokens|account|api|credits|team|payments|freelancers|whoami|mcp)\b")]
    private static partial Regex CliCommand();

    [GeneratedRegex(@"(^|[\s'(])--[a-z]", RegexOptions.Multiline)]
    private static partial Regex CliFlag();

    /// <summary>Each CLI command or flag in the result, with the text around it, labelled with the call.</summary>
    public static IEnumerable<string> In(JsonObject result, string call)
    {
        var text = (result["content"]?[0]?["text"]?.GetValue<string>() ?? "") + "\n" + string.Join("\n", Strings(result["structuredContent"]));
        foreach (var match in CliCommand().Matches(text).Concat(CliFlag().Matches(text)))
            yield return $"{call}: …{text[Math.Max(0, match.Index - 60)..Math.Min(text.Length, match.Index + 60)]}…";
    }

    /// <summary>Every string value in a JSON tree (property names included), unescaped.</summary>
    public static IEnumerable<string> Strings(JsonNode? node) => node switch
    {
        JsonObject o => o.SelectMany(p => Strings(p.Value).Prepend(p.Key)),
        JsonArray a => a.SelectMany(Strings),
        JsonValue v when v.GetValueKind() == System.Text.Json.JsonValueKind.String => [v.GetValue<string>()],
        _ => [],
    };
}
