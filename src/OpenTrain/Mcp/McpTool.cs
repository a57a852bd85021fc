using OpenTrain.Toolkit;
using System.Text.Json.Nodes;
using OpenTrain.Generated.Mcp;
using OpenTrain.Operations;
using OpenTrain.Commands;

namespace OpenTrain.Mcp;

/// <summary>
/// One MCP tool: its name, the CLI command whose operation it runs (<see cref="Command"/>, e.g.
/// <c>jobs list</c>: the endpoint it wraps comes from that command's declaration), a description a
/// model can act on, its input schema, and what it does with checked arguments.
/// </summary>
internal sealed record McpTool(string Name, string Title, string Command, string Description, ToolSchema Input,
    Func<ToolArguments, McpToolContext, CancellationToken, Task<ToolResult>> Run)
{
    /// <summary>What a tool whose command sends no request wraps (<c>webhooks verify</c>).</summary>
    public const string NoEndpoint = "none (runs locally, no request)";

    /// <summary>What the tool wraps, e.g. <c>GET /api/public/v1/jobs/mine</c>, from its command's <c>[Endpoint]</c>.</summary>
    public string Endpoint { get; } = CommandTable.Find(Command) is not { } command
        ? throw new ArgumentException($"MCP tool {Name}: '{Command}' is not a command", nameof(Command))
        : command.Endpoint is { } endpoint ? $"{endpoint.Method} {endpoint.Path}"
        // The raw escape hatch (`api`, any endpoint): its tool sends GETs only.
        : command.AnyEndpoint ? "GET /api/{path}" : NoEndpoint;

    private bool Local => Endpoint == NoEndpoint;

    /// <summary>Tools that work without a token (getting one, or the tokenless marketplace).</summary>
    public bool Onboarding { get; init; }

    /// <summary>Not one of the official server's tools: it covers what the CLI wraps beyond it.</summary>
    public bool Extra { get; init; }

    /// <summary>
    /// The contract type of its <c>structuredContent</c> (a root of the JSON context; set by <see cref="For{T}"/> from the
    /// operation's response type, by hand on a tool that builds its own result): its <see cref="OutputSchema"/> is derived from it.
    /// </summary>
    public Type? Output { get; init; }

    private JsonObject? schema;
    private JsonObject? outputSchema;

    public JsonObject InputSchema => schema ??= Input.ToJson();

    public JsonObject? OutputSchema => outputSchema ??= Output is { } type ? Mcp.OutputSchema.For(type) : null;

    public McpToolDescriptor Descriptor => new(Name, Title, Description, InputSchema, OutputSchema, new McpToolAnnotations(
        Title,
        ReadOnlyHint: Local || Endpoint.StartsWith("GET ", StringComparison.Ordinal),
        DestructiveHint: Endpoint.StartsWith("DELETE ", StringComparison.Ordinal) || Name is "opentrain_close_job" or "opentrain_register_agent",
        IdempotentHint: Local || Endpoint.StartsWith("GET ", StringComparison.Ordinal) || Endpoint.StartsWith("DELETE ", StringComparison.Ordinal),
        OpenWorldHint: !Local));

    /// <summary>A tool whose only argument is the required id of what it acts on.</summary>
    public static McpTool ForId<T>(string name, string title, string command, string description, string idName, string idDescription,
        Func<string, ApiOperation<T>> build) =>
        For(name, title, command, description, new ToolSchema().String(idName, idDescription, required: true), (args, _) => build(args.Id(idName)));

    /// <summary>A tool that is one API operation: the arguments build it, the operation layer runs it.</summary>
    public static McpTool For<T>(string name, string title, string command, string description, ToolSchema input,
        Func<ToolArguments, McpToolContext, ApiOperation<T>> build) =>
        new(name, title, command, description, input, async (args, context, cancellationToken) =>
        {
            var operation = build(args, context);
            using var connection = context.Connect(operation.RequiresToken);
            var result = await operation.ExecuteAsync(connection, cancellationToken);
            var text = result.Warning is { } warning ? $"{result.Summary}\n{warning}" : result.Summary;
            var body = operation.StructuredExtra?.Invoke(result.Value) is var (name, value) ? Json.JsonFieldAppender.Append(result.Body, name, value) : result.Body;
            return ToolResult.Success(text, body);
        }) { Output = typeof(T) };
}
