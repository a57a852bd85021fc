using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace OpenTrain.Generated.Mcp;

// The MCP messages `opentrain mcp` writes (protocol revisions 2024-11-05 … 2025-11-25).
// Requests are read as JsonElement; only what the server sends back needs a type here.

public sealed record McpImplementation(string Name, string Version, string? Title = null);

public sealed record McpToolsCapability(bool ListChanged);

public sealed record McpServerCapabilities(McpToolsCapability Tools);

public sealed record McpInitializeResult(
    string ProtocolVersion, McpServerCapabilities Capabilities, McpImplementation ServerInfo, string? Instructions);

public sealed record McpToolAnnotations(
    string? Title, bool? ReadOnlyHint, bool? DestructiveHint, bool? IdempotentHint, bool? OpenWorldHint);

/// <summary>A tools/list entry; <see cref="OutputSchema"/> describes the structuredContent of its successful results.</summary>
public sealed record McpToolDescriptor(
    string Name, string? Title, string Description, JsonObject InputSchema, JsonObject? OutputSchema, McpToolAnnotations? Annotations);

public sealed record McpToolsListResult(IReadOnlyList<McpToolDescriptor> Tools);

public sealed record McpTextContent(string Type, string Text);

/// <summary>A tools/call result: the human summary as text, the API response as structuredContent.</summary>
public sealed record McpCallToolResult(
    IReadOnlyList<McpTextContent> Content,
    JsonElement? StructuredContent,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] bool IsError);

public sealed record McpEmptyResult;

public sealed record JsonRpcError(int Code, string Message, JsonElement? Data = null);
