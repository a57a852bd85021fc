using System.Collections.Concurrent;
using System.Text.Json;
using OpenTrain.Generated.Mcp;
using OpenTrain.Http;

namespace OpenTrain.Mcp;

/// <summary>
/// The stdio MCP server: reads newline-delimited JSON-RPC 2.0 from <c>input</c>, answers on
/// <c>output</c> (one message per line, nothing else). Tool calls run concurrently, tracked by
/// request id, so <c>ping</c> and other requests are answered while a call runs and
/// <c>notifications/cancelled</c> cancels the right one. Returns at end of input once running calls
/// have answered, or at once when <c>cancellationToken</c> fires (SIGINT/SIGTERM).
/// </summary>
internal sealed class McpServer(TextReader input, TextWriter output, McpToolContext context, ToolCatalog catalog) : IDisposable
{
    private const string Instructions =
        "OpenTrain is a marketplace of human AI trainers (data labelers). These tools post jobs, review proposals, " +
        "message candidates, hire, and manage contracts, credits and webhooks through the OpenTrain Public API. " +
        "Start with opentrain_auth_status. Without credentials, call opentrain_register_agent, then ask the human for their " +
        "email and call opentrain_claim_account, then poll opentrain_claim_status. Money never moves from here: hiring, " +
        "funding, releasing milestones and ending funded contracts return a pending approval with an approvalUrl a human must open.";

    private readonly McpOutput writer = new(output);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> running = new();
    private readonly ConcurrentDictionary<Task, byte> calls = new();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (true)
            {
                var line = await input.ReadLineAsync(cancellationToken).AsTask().WaitAsync(cancellationToken);
                if (line is null) break;
                if (string.IsNullOrWhiteSpace(line)) continue;
                await HandleLineAsync(line, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            foreach (var call in running.Values) call.Cancel();
            return;
        }
        // End of input: the client is gone or done sending; let the calls it made finish and answer.
        await Task.WhenAll(calls.Keys.ToArray());
    }

    private async Task HandleLineAsync(string line, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(line);
        }
        catch (JsonException ex)
        {
            await writer.WriteErrorAsync(null, JsonRpcErrors.ParseError, $"Parse error: the message is not valid JSON ({ex.Message})");
            return;
        }
        using (document)
        {
            var message = document.RootElement;
            if (message.ValueKind != JsonValueKind.Object)
            {
                await writer.WriteErrorAsync(null, JsonRpcErrors.InvalidRequest,
                    message.ValueKind == JsonValueKind.Array ? "Invalid Request: batches are not supported" : "Invalid Request: expected a JSON object");
                return;
            }
            JsonElement? id = message.TryGetProperty("id", out var idValue) ? idValue.Clone() : null;
            if (!message.TryGetProperty("method", out var methodValue))
            {
                // A response to a request we never send, or garbage: answer only what carries an id.
                if (!message.TryGetProperty("result", out _) && !message.TryGetProperty("error", out _))
                    await writer.WriteErrorAsync(ValidId(id), JsonRpcErrors.InvalidRequest, "Invalid Request: missing 'method'");
                return;
            }
            if (!message.TryGetProperty("jsonrpc", out var version) || version.ValueKind != JsonValueKind.String || version.GetString() != "2.0"
                || methodValue.ValueKind != JsonValueKind.String || (id is { } given && ValidId(given) is null))
            {
                await writer.WriteErrorAsync(ValidId(id), JsonRpcErrors.InvalidRequest,
                    "Invalid Request: expected jsonrpc \"2.0\", a string method and a string or integer id");
                return;
            }
            var method = methodValue.GetString()!;
            JsonElement? parameters = message.TryGetProperty("params", out var p) ? p.Clone() : null;
            if (id is null)
            {
                HandleNotification(method, parameters);
                return;
            }
            await HandleRequestAsync(id.Value, method, parameters, cancellationToken);
        }
    }

    private static JsonElement? ValidId(JsonElement? id) =>
        id is { ValueKind: JsonValueKind.String } or { ValueKind: JsonValueKind.Number } ? id : null;

    private void HandleNotification(string method, JsonElement? parameters)
    {
        if (method != "notifications/cancelled") return; // initialized, progress, roots…: nothing to do
        if (parameters is { ValueKind: JsonValueKind.Object } p && p.TryGetProperty("requestId", out var requestId)
            && running.TryGetValue(Key(requestId), out var call))
            call.Cancel();
    }

    private async Task HandleRequestAsync(JsonElement id, string method, JsonElement? parameters, CancellationToken cancellationToken)
    {
        try
        {
            switch (method)
            {
                case "initialize":
                    await writer.WriteResultAsync(id, Initialize(parameters), McpJson.Context.McpInitializeResult);
                    break;
                case "ping":
                    await writer.WriteResultAsync(id, new McpEmptyResult(), McpJson.Context.McpEmptyResult);
                    break;
                case "tools/list":
                    await writer.WriteResultAsync(id, new McpToolsListResult(catalog.Descriptors), McpJson.Context.McpToolsListResult);
                    break;
                case "tools/call":
                    StartCall(id, parameters, cancellationToken);
                    break;
                default:
                    await writer.WriteErrorAsync(id, JsonRpcErrors.MethodNotFound, $"Method not found: {method}");
                    break;
            }
        }
        catch (JsonRpcException ex)
        {
            await writer.WriteErrorAsync(id, ex.Code, ex.Message);
        }
    }

    private static McpInitializeResult Initialize(JsonElement? parameters)
    {
        if (parameters is not { ValueKind: JsonValueKind.Object } p || !p.TryGetProperty("protocolVersion", out var requested)
            || requested.ValueKind != JsonValueKind.String)
            throw JsonRpcException.InvalidParams("initialize needs params.protocolVersion (a string)");
        return new McpInitializeResult(ProtocolVersions.Negotiate(requested.GetString()!), new McpServerCapabilities(new McpToolsCapability(false)),
            new McpImplementation("opentrain", BuildInfo.Version, "OpenTrain"), Instructions);
    }

    /// <summary>Checks the call synchronously (so -32602 comes back in order), then runs it in the background.</summary>
    private void StartCall(JsonElement id, JsonElement? parameters, CancellationToken serverToken)
    {
        if (parameters is not { ValueKind: JsonValueKind.Object } p || !p.TryGetProperty("name", out var nameValue) || nameValue.ValueKind != JsonValueKind.String)
            throw JsonRpcException.InvalidParams("tools/call needs params.name (a string)");
        var name = nameValue.GetString()!;
        var tool = catalog.Find(name) ?? throw JsonRpcException.InvalidParams($"Unknown tool: {name}");
        var args = ToolArguments.Parse(p.TryGetProperty("arguments", out var a) ? a : null, tool.Input);

        var key = Key(id);
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(serverToken);
        if (!running.TryAdd(key, cancellation))
        {
            cancellation.Dispose();
            throw new JsonRpcException(JsonRpcErrors.InvalidRequest, $"Invalid Request: request id {id.GetRawText()} is already in use");
        }
        var call = Task.Run(() => CallAsync(id, key, tool, args, cancellation), CancellationToken.None);
        calls.TryAdd(call, 0);
        _ = call.ContinueWith(done => calls.TryRemove(done, out _), TaskScheduler.Default);
    }

    private async Task CallAsync(JsonElement id, string key, McpTool tool, ToolArguments args, CancellationTokenSource cancellation)
    {
        try
        {
            var result = await ToolInvoker.InvokeAsync(tool, args, context, cancellation.Token);
            running.TryRemove(key, out _);
            if (!cancellation.IsCancellationRequested)
                await writer.WriteResultAsync(id, result.ToProtocol(), McpJson.Context.McpCallToolResult);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Cancelled by the client (or shutdown): MCP says no response is sent.
        }
        catch (JsonRpcException ex)
        {
            await writer.WriteErrorAsync(id, ex.Code, ex.Message);
        }
        catch (Exception ex)
        {
            await writer.WriteErrorAsync(id, JsonRpcErrors.InternalError, $"Internal error in {tool.Name}: {ExceptionText.Describe(ex)}");
        }
        finally
        {
            running.TryRemove(key, out _);
            cancellation.Dispose();
        }
    }

    public void Dispose() => writer.Dispose();

    /// <summary>Ids match by JSON value: 7 and "7" are different requests.</summary>
    private static string Key(JsonElement id) => id.GetRawText();
}
