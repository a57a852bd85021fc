using System.Collections.Concurrent;
using System.Text.Json;
using OpenTrain.Generated.Mcp;

namespace OpenTrain.Mcp;

/// <summary>
/// The stdio MCP server: reads newline-delimited JSON-RPC 2.0 from <c>input</c>, answers on
/// <c>output</c> (one message per line, nothing else). Tool calls run concurrently, tracked by
/// request id, so <c>ping</c> and other requests are answered while a call runs and
/// <c>notifications/cancelled</c> cancels the right one. Returns at end of input once running calls
/// have answered, at once when the client stops reading stdout, or when <c>cancellationToken</c>
/// fires (SIGINT/SIGTERM).
/// </summary>
/// <remarks>
/// Hostile input (issue #24, <c>docs/reliability.md</c>): one message can never end or wedge the
/// server. Each is framed with a 4 MiB cap (<see cref="McpInput"/>), parsed strictly
/// (<see cref="JsonRpcParser"/>) and handled inside a guard that turns any failure into a JSON-RPC
/// error without a .NET type name; nothing is ever written to stderr for it.
/// </remarks>
internal sealed class McpServer(TextReader input, TextWriter output, McpToolContext context, ToolCatalog catalog) : IDisposable
{
    private const string Instructions =
        "OpenTrain is a marketplace of human AI trainers (data labelers). These tools post jobs, review proposals, " +
        "message candidates, hire, and manage contracts, credits and webhooks through the OpenTrain Public API. " +
        "Start with opentrain_auth_status. Without credentials, call opentrain_register_agent, then ask the human for their " +
        "email and call opentrain_claim_account, then poll opentrain_claim_status. Money never moves from here: hiring, " +
        "funding, releasing milestones and ending funded contracts return a pending approval with an approvalUrl a human must open.";

    private readonly McpInput reader = McpInput.For(input);

    /// <summary>Serving the process's own stdin/stdout (see <see cref="McpInput.For"/>): stdout is then watched for the client leaving.</summary>
    private readonly bool processStdio = input is StreamReader;

    private readonly McpOutput writer = new(output);
    private readonly ConcurrentDictionary<string, CancellationTokenSource> running = new();
    private readonly ConcurrentDictionary<Task, byte> calls = new();
    private volatile string? protocolVersion;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var watch = processStdio ? StdoutWatch.Start() : null;
        var clientGone = watch is null ? writer.Closed : Task.WhenAny(writer.Closed, watch.Gone);
        try
        {
            while (true)
            {
                var next = reader.ReadAsync(cancellationToken).AsTask();
                if (await Task.WhenAny(next, clientGone) == clientGone)
                {
                    // Nobody reads our answers any more: stop at once (exit 0, as for end of input).
                    CancelRunningCalls();
                    return;
                }
                if (await next is not { } frame) break;
                await HandleFrameAsync(frame, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            CancelRunningCalls();
            return;
        }
        // End of input: the client is gone or done sending; let the calls it made finish and answer
        // (unless it also stopped reading, then there is nobody to answer).
        var finished = Task.WhenAll(calls.Keys.ToArray());
        if (await Task.WhenAny(finished, clientGone) != finished) CancelRunningCalls();
    }

    private void CancelRunningCalls()
    {
        foreach (var call in running.Values) TryCancel(call);
    }

    private static void TryCancel(CancellationTokenSource call)
    {
        try
        {
            call.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // The call finished meanwhile.
        }
    }

    private async Task HandleFrameAsync(McpFrame frame, CancellationToken cancellationToken)
    {
        try
        {
            if (frame.TooLong)
            {
                await writer.ErrorAsync(null, JsonRpcErrors.InvalidRequest,
                    $"Invalid Request: the message is longer than the limit of {McpInput.MaxMessageBytes / (1024 * 1024)} MiB " +
                    $"({McpInput.MaxMessageBytes:N0} bytes); it was skipped up to the next newline");
                return;
            }
            var bytes = Trim(frame.Bytes);
            if (bytes.IsEmpty) return;
            using var parsed = JsonRpcParser.Parse(bytes);
            if (parsed.Document is not { } document)
            {
                // JSON-RPC 2.0 §5.1: the id of a message that does not parse cannot be known: null.
                await writer.ErrorAsync(null, parsed.Code, parsed.Error!);
                return;
            }
            var root = document.RootElement;
            if (root.ValueKind == JsonValueKind.Array) await HandleBatchAsync(root, parsed.Unclean, cancellationToken);
            else await HandleMessageAsync(root, parsed.Unclean, writer, null, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            await writer.ErrorAsync(null, JsonRpcErrors.InternalError, $"Internal error: {JsonRpcErrors.Describe(ex)}");
        }
    }

    /// <summary>A byte-order mark at the start of a message is ignored (RFC 8259 §8.1 allows it), and so is surrounding whitespace, <c>\r</c> of CRLF included.</summary>
    private static ReadOnlyMemory<byte> Trim(ReadOnlyMemory<byte> bytes)
    {
        if (bytes.Span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) bytes = bytes[3..];
        var span = bytes.Span;
        var start = 0;
        var end = span.Length;
        while (start < end && span[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') start++;
        while (end > start && span[end - 1] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n') end--;
        return bytes[start..end];
    }

    /// <summary>
    /// An array: JSON-RPC batches exist in MCP 2025-03-26 only (added there, removed by 2025-06-18).
    /// Before that revision is negotiated, and under any other, the whole array is refused with one
    /// -32600 and none of its elements runs. Under 2025-03-26 it is answered as JSON-RPC 2.0 §6 says:
    /// one array with a response per request, once all of them (tool calls included) are done.
    /// </summary>
    private async Task HandleBatchAsync(JsonElement batch, bool unclean, CancellationToken cancellationToken)
    {
        var version = protocolVersion;
        if (!ProtocolVersions.SupportsBatches(version))
        {
            await writer.ErrorAsync(null, JsonRpcErrors.InvalidRequest, version is null
                ? $"Invalid Request: batches are not accepted before initialize, and only MCP {ProtocolVersions.WithBatches} has them; send one message per line"
                : $"Invalid Request: batches are not supported in MCP {version} (only {ProtocolVersions.WithBatches} has them); send one message per line");
            return;
        }
        if (batch.GetArrayLength() == 0)
        {
            await writer.ErrorAsync(null, JsonRpcErrors.InvalidRequest, "Invalid Request: an empty batch");
            return;
        }
        var replies = new BatchReplies();
        var started = new List<Task>();
        foreach (var element in batch.EnumerateArray())
            await HandleMessageAsync(element, unclean && !JsonRpcParser.IsClean(element), replies, started, cancellationToken);
        Track(FinishBatchAsync(replies, started));
    }

    private async Task FinishBatchAsync(BatchReplies replies, List<Task> started)
    {
        await Task.WhenAll(started);
        await writer.WriteBatchAsync(replies.Responses);
    }

    /// <summary>One message (alone, or an element of a batch when <paramref name="batch"/> is set).</summary>
    private async Task HandleMessageAsync(JsonElement message, bool unclean, IReplies replies, List<Task>? batch, CancellationToken cancellationToken)
    {
        JsonElement? id = null;
        var notification = false;
        try
        {
            if (message.ValueKind != JsonValueKind.Object)
            {
                await replies.ErrorAsync(null, JsonRpcErrors.InvalidRequest, "Invalid Request: a message must be a JSON object");
                return;
            }
            if (unclean)
            {
                await RefuseUncleanAsync(message, replies);
                return;
            }
            // From here the message is clean: System.Text.Json's lookups are safe on it.
            var hasId = message.TryGetProperty("id", out var idValue);
            var hasMethod = message.TryGetProperty("method", out var methodValue);
            if (hasId && IsValidId(idValue)) id = idValue.Clone();
            if (!hasMethod)
            {
                // A response (we never send requests, so nothing waits for it): ignored, never answered.
                if (message.TryGetProperty("result", out _) || message.TryGetProperty("error", out _)) return;
                await replies.ErrorAsync(id, JsonRpcErrors.InvalidRequest, "Invalid Request: the message has no 'method'");
                return;
            }
            if (!hasId && methodValue.ValueKind == JsonValueKind.String)
            {
                // A notification: never answered (JSON-RPC 2.0 §4.1), whatever its params or version say.
                notification = true;
                if (IsVersion2(message) && JsonRpcParser.TryGetText(methodValue, out var name)) HandleNotification(name, message);
                return;
            }
            if (hasId && id is null)
            {
                await replies.ErrorAsync(null, JsonRpcErrors.InvalidRequest,
                    $"Invalid Request: the id must be a string or a number, not {Kind(idValue)}");
                return;
            }
            if (!IsVersion2(message))
            {
                await replies.ErrorAsync(id, JsonRpcErrors.InvalidRequest, "Invalid Request: expected \"jsonrpc\": \"2.0\"");
                return;
            }
            if (methodValue.ValueKind != JsonValueKind.String)
            {
                await replies.ErrorAsync(id, JsonRpcErrors.InvalidRequest, $"Invalid Request: the method must be a string, not {Kind(methodValue)}");
                return;
            }
            if (!JsonRpcParser.TryGetText(methodValue, out var method))
            {
                await replies.ErrorAsync(id, JsonRpcErrors.InvalidRequest, "Invalid Request: the method is not Unicode text (it has a lone surrogate escape)");
                return;
            }
            JsonElement? parameters = message.TryGetProperty("params", out var p) && p.ValueKind != JsonValueKind.Null ? p : null;
            await HandleRequestAsync(id!.Value, method, parameters, replies, batch, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            if (!notification) await replies.ErrorAsync(id, JsonRpcErrors.InternalError, $"Internal error: {JsonRpcErrors.Describe(ex)}");
        }
    }

    /// <summary>
    /// A member named twice in one object: which one counts is up to each parser (RFC 8259 §4), so a
    /// proxy and this server could read two different requests; or a member name that is not Unicode
    /// text. Refused with -32600, with the id when it is there once and valid; a notification (no id)
    /// stays unanswered and a response is ignored. Only <see cref="JsonRpcParser.TryGetName"/> looks at
    /// such a message (System.Text.Json's lookups throw on a name that is not text).
    /// </summary>
    private static async Task RefuseUncleanAsync(JsonElement message, IReplies replies)
    {
        var ids = 0;
        JsonElement id = default;
        var hasMethod = false;
        var isResponse = false;
        foreach (var property in message.EnumerateObject())
        {
            if (!JsonRpcParser.TryGetName(property, out var name)) continue;
            if (name == "id")
            {
                ids++;
                id = property.Value;
            }
            hasMethod |= name == "method";
            isResponse |= name is "result" or "error";
        }
        if (ids == 0 && hasMethod) return;
        if (!hasMethod && isResponse) return;
        var echo = ids == 1 && IsValidId(id) ? id.Clone() : (JsonElement?)null;
        var (nameNotText, repeated, _) = JsonRpcParser.Uncleanness(message);
        await replies.ErrorAsync(echo, JsonRpcErrors.InvalidRequest,
            repeated is not null ? $"Invalid Request: the member '{JsonRpcErrors.Echo(repeated)}' appears more than once, so the message is ambiguous"
            : nameNotText ? "Invalid Request: a member name is not Unicode text (it has a lone surrogate escape)"
            : "Invalid Request: a member name appears twice in one object of the message, so its meaning is ambiguous");
    }

    private static bool IsVersion2(JsonElement message) =>
        message.TryGetProperty("jsonrpc", out var version) && JsonRpcParser.TryGetText(version, out var text) && text == "2.0";

    /// <summary>MCP request ids are strings or numbers, never null (a number is echoed as written: 7, -1, 1.5, 1e3).</summary>
    private static bool IsValidId(JsonElement id) => id.ValueKind is JsonValueKind.String or JsonValueKind.Number;

    private static string Kind(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Null => "null",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.Number => "a number",
        _ => "a string",
    };

    private void HandleNotification(string method, JsonElement message)
    {
        if (method != "notifications/cancelled") return; // initialized, progress, roots…: nothing to do
        if (message.TryGetProperty("params", out var p) && p.ValueKind == JsonValueKind.Object
            && p.TryGetProperty("requestId", out var requestId) && IsValidId(requestId)
            && running.TryGetValue(Key(requestId), out var call))
            TryCancel(call);
    }

    private async Task HandleRequestAsync(JsonElement id, string method, JsonElement? parameters, IReplies replies, List<Task>? batch, CancellationToken cancellationToken)
    {
        try
        {
            switch (method)
            {
                case "initialize":
                    if (batch is not null)
                        throw JsonRpcException.InvalidRequest("Invalid Request: initialize must not be part of a batch (MCP 2025-03-26)");
                    await replies.ResultAsync(id, Initialize(Params(parameters, method)), McpJson.Context.McpInitializeResult);
                    break;
                case "ping":
                    Params(parameters, method);
                    await replies.ResultAsync(id, new McpEmptyResult(), McpJson.Context.McpEmptyResult);
                    break;
                case "tools/list":
                    Params(parameters, method);
                    await replies.ResultAsync(id, new McpToolsListResult(catalog.Descriptors), McpJson.Context.McpToolsListResult);
                    break;
                case "tools/call":
                    var call = StartCall(id, Params(parameters, method), replies, cancellationToken);
                    batch?.Add(call);
                    break;
                default:
                    await replies.ErrorAsync(id, JsonRpcErrors.MethodNotFound, $"Method not found: {JsonRpcErrors.Echo(method)}");
                    break;
            }
        }
        catch (JsonRpcException ex)
        {
            await replies.ErrorAsync(id, ex.Code, ex.Message);
        }
    }

    /// <summary>MCP params are an object (or absent).</summary>
    private static JsonElement? Params(JsonElement? parameters, string method) =>
        parameters is null or { ValueKind: JsonValueKind.Object }
            ? parameters
            : throw JsonRpcException.InvalidParams($"{method}: params must be an object, not {Kind(parameters.Value)}");

    private McpInitializeResult Initialize(JsonElement? parameters)
    {
        if (parameters is not { } p || !p.TryGetProperty("protocolVersion", out var requested) || requested.ValueKind != JsonValueKind.String)
            throw JsonRpcException.InvalidParams("initialize needs params.protocolVersion (a string)");
        if (!JsonRpcParser.TryGetText(requested, out var version))
            throw JsonRpcException.InvalidParams("initialize: params.protocolVersion is not Unicode text");
        var negotiated = ProtocolVersions.Negotiate(version);
        protocolVersion = negotiated;
        return new McpInitializeResult(negotiated, new McpServerCapabilities(new McpToolsCapability(false)),
            new McpImplementation("opentrain", BuildInfo.Version, "OpenTrain"), Instructions);
    }

    /// <summary>Checks the call synchronously (so -32602 comes back in order), then runs it in the background.</summary>
    private Task StartCall(JsonElement id, JsonElement? parameters, IReplies replies, CancellationToken serverToken)
    {
        // The arguments outlive this message's document (the call runs after the next one is read).
        if (parameters?.Clone() is not { } p || !p.TryGetProperty("name", out var nameValue) || nameValue.ValueKind != JsonValueKind.String)
            throw JsonRpcException.InvalidParams("tools/call needs params.name (a string)");
        if (!JsonRpcParser.TryGetText(nameValue, out var name))
            throw JsonRpcException.InvalidParams("tools/call: params.name is not Unicode text");
        var tool = catalog.Find(name) ?? throw JsonRpcException.InvalidParams($"Unknown tool: {JsonRpcErrors.Echo(name)}");
        var args = ToolArguments.Parse(p.TryGetProperty("arguments", out var a) ? a : null, tool.Input);

        var key = Key(id);
        var cancellation = CancellationTokenSource.CreateLinkedTokenSource(serverToken);
        if (!running.TryAdd(key, cancellation))
        {
            cancellation.Dispose();
            throw JsonRpcException.InvalidRequest($"Invalid Request: request id {JsonRpcErrors.Echo(id.GetRawText())} is already in use by a running call");
        }
        var call = Task.Run(() => CallAsync(id, key, tool, args, replies, cancellation), CancellationToken.None);
        Track(call);
        return call;
    }

    private void Track(Task task)
    {
        calls.TryAdd(task, 0);
        _ = task.ContinueWith(done => calls.TryRemove(done, out _), TaskScheduler.Default);
    }

    private async Task CallAsync(JsonElement id, string key, McpTool tool, ToolArguments args, IReplies replies, CancellationTokenSource cancellation)
    {
        try
        {
            var result = await ToolInvoker.InvokeAsync(tool, args, context, cancellation.Token);
            running.TryRemove(key, out _);
            if (!cancellation.IsCancellationRequested)
                await replies.ResultAsync(id, result.ToProtocol(), McpJson.Context.McpCallToolResult);
        }
        catch (OperationCanceledException) when (cancellation.IsCancellationRequested)
        {
            // Cancelled by the client (or shutdown): MCP says no response is sent.
        }
        catch (JsonRpcException ex)
        {
            await replies.ErrorAsync(id, ex.Code, ex.Message);
        }
        catch (Exception ex)
        {
            await replies.ErrorAsync(id, JsonRpcErrors.InternalError, $"Internal error in {tool.Name}: {JsonRpcErrors.Describe(ex)}");
        }
        finally
        {
            running.TryRemove(key, out _);
            cancellation.Dispose();
        }
    }

    public void Dispose() => writer.Dispose();

    /// <summary>
    /// Ids match by JSON value: 7 and "7" are different requests, "a\u0062" and "ab" the same one
    /// (numbers by their text: 1 and 1.0 differ).
    /// </summary>
    private static string Key(JsonElement id) =>
        id.ValueKind == JsonValueKind.String
            ? JsonRpcParser.TryGetText(id, out var text) ? "s" + text : "r" + id.GetRawText()
            : "n" + id.GetRawText();
}
