using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Mcp;

/// <summary>
/// The published binary running <c>opentrain mcp</c> with raw pipes (issue #24): a test writes any
/// bytes to its stdin and reads stdout line by line as bytes, so nothing (no encoder, no line
/// reader) cleans up what goes in or hides what comes out. <see cref="FinishAsync"/> closes stdin and
/// checks what every such run must show: exit 0, nothing on stderr, and every stdout line a valid
/// UTF-8 JSON-RPC 2.0 response (or batch of them).
/// </summary>
internal sealed class McpStdioProcess : IAsyncDisposable
{
    public const string SkipReason = "OPENTRAIN_BINARY not set: run ./build.sh test";

    private static readonly JsonDocumentOptions StrictJson = new() { AllowDuplicateProperties = false };
    private readonly Process process;
    private readonly Stream stdin;
    private readonly List<byte[]> lines = [];
    private readonly List<(JsonNode Node, string Text)> unclaimed = [];
    private readonly SemaphoreSlim arrived = new(0);
    private readonly Task? pump;
    private readonly Task<string> stderr;
    private int read;
    private int nextId = 1000;

    private McpStdioProcess(IReadOnlyDictionary<string, string>? env, bool readStdout)
    {
        var start = new ProcessStartInfo(PublishedBinary.Path ?? throw new InvalidOperationException(SkipReason))
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add("mcp");
        foreach (var name in new[] { "OT_API_TOKEN", "OPENTRAIN_API_TOKEN", "OT_API_BASE_URL", "OPENTRAIN_API_BASE_URL", "OPENTRAIN_PERSONAL_API_TOKEN", "NO_COLOR" })
            start.Environment.Remove(name);
        start.Environment["XDG_CONFIG_HOME"] = "/nonexistent/opentrain-mcp-fuzz";
        // No tool call may leave the machine, whatever a mutated message asks for.
        start.Environment["OPENTRAIN_API_BASE_URL"] = "http://127.0.0.1:9";
        if (env is not null) foreach (var (k, v) in env) start.Environment[k] = v;
        process = Process.Start(start)!;
        stdin = process.StandardInput.BaseStream;
        stderr = process.StandardError.ReadToEndAsync();
        if (readStdout) pump = PumpAsync(process.StandardOutput.BaseStream);
    }

    public int Id => process.Id;

    public bool HasExited => process.HasExited;

    /// <summary>Every stdout line so far, decoded (for messages).</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines) return [.. lines.Select(l => Encoding.UTF8.GetString(l))];
        }
    }

    /// <summary>Every stdout line so far, as bytes.</summary>
    public IReadOnlyList<byte[]> RawLines
    {
        get
        {
            lock (lines) return [.. lines];
        }
    }

    /// <param name="initialize">The protocol version to initialize with first, or <c>null</c> to start uninitialized.</param>
    /// <param name="readStdout">False leaves stdout unread, for a test that closes it (<see cref="CloseStdout"/>).</param>
    public static async Task<McpStdioProcess> StartAsync(string? initialize = "2025-06-18", IReadOnlyDictionary<string, string>? env = null, bool readStdout = true)
    {
        var mcp = new McpStdioProcess(env, readStdout);
        if (initialize is not null && readStdout)
        {
            var response = await mcp.RequestAsync("initialize", McpProtocolTests.Initialize(initialize));
            if (response["result"]?["protocolVersion"]?.GetValue<string>() != initialize)
                throw new InvalidOperationException($"initialize failed: {response.ToJsonString()}");
            await mcp.SendLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        }
        return mcp;
    }

    public async Task SendAsync(byte[] bytes)
    {
        await stdin.WriteAsync(bytes);
        await stdin.FlushAsync();
    }

    public Task SendAsync(string text) => SendAsync(Encoding.UTF8.GetBytes(text));

    /// <summary>One message: the text and a newline.</summary>
    public Task SendLineAsync(string json) => SendAsync(json + "\n");

    public async Task<int> SendRequestAsync(string method, JsonNode? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null) message["params"] = parameters;
        await SendLineAsync(message.ToJsonString());
        return id;
    }

    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters = null) =>
        (await ResponseAsync(await SendRequestAsync(method, parameters))).AsObject();

    /// <summary>
    /// A ping, and its answer as the very next message: proves the server still answers, and that
    /// nothing was written for what was sent before (a test reads every earlier answer first).
    /// </summary>
    public async Task AssertAnswersPingNextAsync(string after)
    {
        var id = await SendRequestAsync("ping");
        var next = await NextAsync(after: after);
        if (next is not JsonObject response || IdOf(response) != id.ToString(CultureInfo.InvariantCulture)
            || response["result"]?.ToJsonString() != "{}")
            throw new InvalidOperationException($"after {after}: expected the answer to ping {id} next, got {Text(next)}");
    }

    /// <summary>Sends one message and returns the next stdout message.</summary>
    public async Task<JsonNode> NextAfterAsync(string line)
    {
        await SendLineAsync(line);
        return await NextAsync(after: line.Length > 200 ? line[..200] + "…" : line);
    }

    /// <summary>Sends one message and returns the next stdout message with its line as written.</summary>
    public async Task<(JsonNode Node, string Text)> NextLineAfterAsync(string line)
    {
        await SendLineAsync(line);
        return await NextLineAsync(after: line.Length > 200 ? line[..200] + "…" : line);
    }

    /// <summary>The next stdout message in order (waiting up to 20 s).</summary>
    public async Task<JsonNode> NextAsync(TimeSpan? timeout = null, string? after = null) => (await NextLineAsync(timeout, after)).Node;

    /// <summary>The next stdout message in order, with the line exactly as written.</summary>
    public async Task<(JsonNode Node, string Text)> NextLineAsync(TimeSpan? timeout = null, string? after = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            lock (unclaimed)
            {
                if (unclaimed.Count > 0)
                {
                    var first = unclaimed[0];
                    unclaimed.RemoveAt(0);
                    return first;
                }
            }
            await WaitForLineAsync(after ?? "the next message", cts.Token);
        }
    }

    /// <summary>The message answering <paramref name="id"/> (by JSON text), wherever it is in the stream.</summary>
    public Task<JsonNode> ResponseAsync(int id, TimeSpan? timeout = null) =>
        ResponseAsync(m => IdOf(m) == id.ToString(CultureInfo.InvariantCulture), $"id {id}", timeout);

    /// <summary>
    /// A message's id as its JSON text (<c>null</c> when absent or null). Read from the parsed element:
    /// System.Text.Json throws when it decodes a lone surrogate escape (<c>"\ud800"</c>), a valid id.
    /// </summary>
    public static string IdOf(JsonNode message) =>
        message is JsonObject o && o.TryGetPropertyValue("id", out var id) && id is not null ? Text(id) : "null";

    /// <summary>A node's JSON text without decoding its strings (see <see cref="IdOf"/>).</summary>
    public static string Text(JsonNode node) =>
        node is JsonValue v && v.TryGetValue<JsonElement>(out var element) ? element.GetRawText() : node.ToJsonString();

    public async Task<JsonNode> ResponseAsync(Func<JsonNode, bool> match, string what, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            lock (unclaimed)
            {
                var index = unclaimed.FindIndex(m => match(m.Node));
                if (index >= 0)
                {
                    var found = unclaimed[index].Node;
                    unclaimed.RemoveAt(index);
                    return found;
                }
            }
            await WaitForLineAsync(what, cts.Token);
        }
    }

    /// <summary>Nothing more arrives within <paramref name="wait"/>.</summary>
    public async Task AssertQuietAsync(TimeSpan wait, string what)
    {
        await Task.Delay(wait);
        lock (lines)
        {
            if (lines.Count > read) throw new InvalidOperationException($"{what}: unexpected output {Short(Encoding.UTF8.GetString(lines[read]))}");
        }
        lock (unclaimed)
        {
            if (unclaimed.Count > 0) throw new InvalidOperationException($"{what}: unexpected output {Short(unclaimed[0].Text)}");
        }
    }

    private async Task WaitForLineAsync(string what, CancellationToken cancellationToken)
    {
        try
        {
            await arrived.WaitAsync(cancellationToken);
        }
        catch (OperationCanceledException)
        {
            throw new TimeoutException($"no {what} from opentrain mcp (exited: {process.HasExited}); stdout so far:\n{string.Join('\n', Lines.Select(Short))}\nstderr:\n{(process.HasExited ? await stderr : "")}");
        }
        lock (lines)
        {
            var line = lines[read++];
            lock (unclaimed) unclaimed.Add((Parse(line), Encoding.UTF8.GetString(line)));
        }
    }

    private static string Short(string line) => line.Length > 300 ? line[..300] + "…" : line;

    /// <summary>A stdout line as a message; throws unless it is valid UTF-8 and strict JSON.</summary>
    private static JsonNode Parse(byte[] line)
    {
        if (!Utf8.IsValid(line)) throw new InvalidOperationException($"stdout line is not UTF-8: {Convert.ToHexString(line.AsSpan(0, Math.Min(line.Length, 64)))}");
        using var document = JsonDocument.Parse(line, StrictJson);
        return JsonNode.Parse(document.RootElement.GetRawText())!;
    }

    private async Task PumpAsync(Stream stdout)
    {
        var buffer = new byte[64 * 1024];
        var partial = new MemoryStream();
        int count;
        while ((count = await stdout.ReadAsync(buffer)) > 0)
        {
            var span = buffer.AsSpan(0, count);
            int newline;
            while ((newline = span.IndexOf((byte)'\n')) >= 0)
            {
                partial.Write(span[..newline]);
                lock (lines) lines.Add(partial.ToArray());
                arrived.Release();
                partial.SetLength(0);
                span = span[(newline + 1)..];
            }
            partial.Write(span);
        }
        if (partial.Length > 0)
        {
            lock (lines) lines.Add(partial.ToArray());
            arrived.Release();
        }
    }

    /// <summary>Closes the server's stdin: end of input.</summary>
    public void CloseStdin() => stdin.Close();

    /// <summary>Closes our end of the server's stdout, as a client that goes away does (its writes then hit EPIPE).</summary>
    public void CloseStdout() => process.StandardOutput.BaseStream.Close();

    /// <summary>Peak resident memory of the server so far (Linux), in bytes; null elsewhere.</summary>
    public long? PeakMemory()
    {
        var status = $"/proc/{process.Id}/status";
        if (!File.Exists(status)) return null;
        var line = File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Waits for the exit; kills the server and fails after <paramref name="deadline"/>.</summary>
    public async Task<(int ExitCode, string Stderr, TimeSpan Elapsed)> ExitAsync(TimeSpan? deadline = null)
    {
        var clock = Stopwatch.StartNew();
        using var timeout = new CancellationTokenSource(deadline ?? TimeSpan.FromSeconds(30));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"opentrain mcp still running after {(deadline ?? TimeSpan.FromSeconds(30)).TotalSeconds:0} s");
        }
        var elapsed = clock.Elapsed;
        if (pump is not null) await pump;
        var errors = await stderr;
        SecretScanner.Check(["mcp"], string.Join('\n', Lines) + errors);
        return (process.ExitCode, errors, elapsed);
    }

    /// <summary>
    /// End of input, then what every run must show: exit 0, an empty stderr (so no exception type
    /// name and no stack trace), and only JSON-RPC responses on stdout.
    /// </summary>
    public async Task FinishAsync()
    {
        CloseStdin();
        var (exitCode, errors, _) = await ExitAsync();
        await Assert.That(errors).IsEmpty();
        await Assert.That(exitCode).IsEqualTo(0);
        foreach (var line in RawLines) AssertResponse(Parse(line));
    }

    /// <summary>A JSON-RPC 2.0 response object (or a non-empty batch of them): jsonrpc, an id member, result or error.</summary>
    public static void AssertResponse(JsonNode message)
    {
        if (message is JsonArray batch)
        {
            if (batch.Count == 0) throw new InvalidOperationException("an empty batch response was written");
            foreach (var item in batch) AssertResponse(item!);
            return;
        }
        var o = message as JsonObject ?? throw new InvalidOperationException($"not an object: {message.ToJsonString()}");
        if (o["jsonrpc"]?.GetValue<string>() != "2.0" || !o.ContainsKey("id") || !(o.ContainsKey("result") ^ o.ContainsKey("error")))
            throw new InvalidOperationException($"not a JSON-RPC 2.0 response: {Short(Text(o))}");
        if (o["error"] is JsonObject error && (error["code"] is null || error["message"]?.GetValue<string>() is not { Length: > 0 }))
            throw new InvalidOperationException($"error without code or message: {o.ToJsonString()}");
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
        arrived.Dispose();
    }
}
