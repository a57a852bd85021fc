using System.Text.Json.Nodes;
using OpenTrain.Generated.Mcp;
using OpenTrain.Operations;

namespace OpenTrain.Mcp;

/// <summary>
/// One MCP tool: its name, what it wraps (<see cref="Endpoint"/>, e.g. <c>GET /api/public/v1/jobs/mine</c>),
/// a description a model can act on, its input schema, and what it does with checked arguments.
/// </summary>
internal sealed record McpTool(string Name, string Title, string Endpoint, string Description, ToolSchema Input,
    Func<ToolArguments, McpToolContext, CancellationToken, Task<ToolResult>> Run)
{
    /// <summary>Tools that work without a token (getting one, or the tokenless marketplace).</summary>
    public bool Onboarding { get; init; }

    private JsonObject? schema;

    public JsonObject InputSchema => schema ??= Input.ToJson();

    public McpToolDescriptor Descriptor => new(Name, Title, Description, InputSchema, new McpToolAnnotations(
        Title,
        ReadOnlyHint: Endpoint.StartsWith("GET ", StringComparison.Ordinal),
        DestructiveHint: Endpoint.StartsWith("DELETE ", StringComparison.Ordinal) || Name is "opentrain_close_job" or "opentrain_register_agent",
        IdempotentHint: Endpoint.StartsWith("GET ", StringComparison.Ordinal) || Endpoint.StartsWith("DELETE ", StringComparison.Ordinal),
        OpenWorldHint: true));

    /// <summary>A tool whose only argument is the required id of what it acts on.</summary>
    public static McpTool ForId<T>(string name, string title, string endpoint, string description, string idName, string idDescription,
        Func<string, ApiOperation<T>> build) =>
        For(name, title, endpoint, description, new ToolSchema().String(idName, idDescription, required: true), (args, _) => build(args.Required(idName)));

    /// <summary>A tool that is one API operation: the arguments build it, the operation layer runs it.</summary>
    public static McpTool For<T>(string name, string title, string endpoint, string description, ToolSchema input,
        Func<ToolArguments, McpToolContext, ApiOperation<T>> build) =>
        new(name, title, endpoint, description, input, async (args, context, cancellationToken) =>
        {
            var operation = build(args, context);
            using var connection = context.Connect(operation.RequiresToken);
            var result = await operation.ExecuteAsync(connection, cancellationToken);
            var text = result.Warning is { } warning ? $"{result.Summary}\n{warning}" : result.Summary;
            return ToolResult.Success(text, result.Body);
        });
}
