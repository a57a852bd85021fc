using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenTrain.Build;

/// <summary>JSON files written for people and package managers: indented, with '+' and '>' left as they are.</summary>
internal static class JsonText
{
    private static readonly JsonSerializerOptions Options = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static string Indented(JsonNode node) => node.ToJsonString(Options) + "\n";
}
