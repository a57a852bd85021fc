using System.Text.Json;
using System.Text.Json.Serialization;

namespace OpenTrain.Generated.Mcp;

/// <summary>The source-generated context of the MCP protocol layer (no reflection).</summary>
[JsonSourceGenerationOptions(
    PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase,
    DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    PropertyNameCaseInsensitive = false,
    GenerationMode = JsonSourceGenerationMode.Metadata)]
[JsonSerializable(typeof(McpInitializeResult))]
[JsonSerializable(typeof(McpToolsListResult))]
[JsonSerializable(typeof(McpCallToolResult))]
[JsonSerializable(typeof(McpEmptyResult))]
[JsonSerializable(typeof(JsonRpcError))]
[JsonSerializable(typeof(JsonElement))]
public sealed partial class McpJsonContext : JsonSerializerContext;

/// <summary>The MCP context with JSON.stringify escaping (non-ASCII kept), like every other output.</summary>
public static class McpJson
{
    public static readonly McpJsonContext Context =
        new(new JsonSerializerOptions(McpJsonContext.Default.Options) { Encoder = JsonStringifyEncoder.Instance });
}
