using System.Text;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using OpenTrain.Cli;
using OpenTrain.Toolkit;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Mcp;

/// <summary>
/// <c>opentrain mcp</c> in-process, through the real router, with stdin and stdout as line
/// channels: a test writes requests and reads what the server wrote, line by line. Every stdout
/// line is kept so a test can check that nothing but protocol messages was written.
/// </summary>
internal sealed class McpHarness : IAsyncDisposable
{
    private readonly Channel<string> stdin = Channel.CreateUnbounded<string>();
    private readonly LineWriter stdout = new();
    private readonly StringWriter stderr = new() { NewLine = "\n" };
    private readonly List<JsonObject> unclaimed = [];
    private readonly CancellationTokenSource stop = new();
    private int nextId = 100;

    private McpHarness(IReadOnlyDictionary<string, string> env)
    {
        var terminal = new Terminal(stdout, TextWriter.Synchronized(stderr), new LineReader(stdin.Reader), false, false, true, Stream.Null);
        var context = new CommandContext(terminal, name => env.GetValueOrDefault(name));
        Run = Task.Run(() => CliApp.RunAsync(["mcp"], context, stop.Token));
    }

    /// <summary>The server's run; its result is the exit code.</summary>
    public Task<int> Run { get; }

    public string Stderr => stderr.ToString();

    /// <summary>opentrain_claim_account shows the claim verification URI (ot_cat_…), as 'auth claim' does: the human needs it.</summary>
    public bool ShowsClaimUri { get; set; }

    /// <summary>opentrain_create_webhook returns the signing secret once, as 'webhooks create' does.</summary>
    public bool ShowsWebhookSecret { get; set; }

    public IReadOnlyList<string> StdoutLines => stdout.Lines;

    public static McpHarness Start(IReadOnlyDictionary<string, string> env) => new(env);

    public static async Task<McpHarness> StartInitializedAsync(IReadOnlyDictionary<string, string> env)
    {
        var harness = Start(env);
        await harness.RequestAsync("initialize", new JsonObject
        {
            ["protocolVersion"] = "2025-06-18",
            ["capabilities"] = new JsonObject(),
            ["clientInfo"] = new JsonObject { ["name"] = "test", ["version"] = "1" },
        });
        harness.Send("""{"jsonrpc":"2.0","method":"notifications/initialized"}""");
        return harness;
    }

    public void Send(string line) => stdin.Writer.TryWrite(line);

    public int SendRequest(string method, JsonNode? parameters = null)
    {
        var id = Interlocked.Increment(ref nextId);
        var message = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method };
        if (parameters is not null) message["params"] = parameters;
        Send(message.ToJsonString());
        return id;
    }

    public async Task<JsonObject> RequestAsync(string method, JsonNode? parameters = null) =>
        await ResponseAsync(SendRequest(method, parameters));

    /// <summary>A tools/call result (fails the test on a JSON-RPC error).</summary>
    public async Task<JsonObject> CallAsync(string tool, JsonObject? arguments = null)
    {
        var response = await RequestAsync("tools/call", new JsonObject { ["name"] = tool, ["arguments"] = arguments ?? new JsonObject() });
        return response["result"]?.AsObject() ?? throw new InvalidOperationException($"{tool} answered an error: {response.ToJsonString()}");
    }

    /// <summary>The next message with this id (by JSON value), waiting up to 20 s.</summary>
    public Task<JsonObject> ResponseAsync(int id) => ResponseAsync(m => m["id"] is JsonValue v && v.TryGetValue<int>(out var n) && n == id, $"id {id}");

    public async Task<JsonObject> ResponseAsync(Func<JsonObject, bool> match, string what, TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        while (true)
        {
            lock (unclaimed)
            {
                var found = unclaimed.FirstOrDefault(match);
                if (found is not null)
                {
                    unclaimed.Remove(found);
                    return found;
                }
            }
            string line;
            try
            {
                line = await stdout.Reader.ReadAsync(cts.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"no response with {what}; stdout so far:\n{string.Join('\n', StdoutLines)}\nstderr:\n{Stderr}");
            }
            lock (unclaimed) unclaimed.Add(JsonNode.Parse(line)!.AsObject());
        }
    }

    /// <summary>Closes stdin and waits for the server to exit.</summary>
    public async Task<int> CloseAsync(TimeSpan? timeout = null)
    {
        stdin.Writer.TryComplete();
        return await Run.WaitAsync(timeout ?? TimeSpan.FromSeconds(20));
    }

    /// <summary>Stops the server as SIGTERM would.</summary>
    public void Interrupt() => stop.Cancel();

    public async ValueTask DisposeAsync()
    {
        stdin.Writer.TryComplete();
        stop.Cancel();
        try { await Run.WaitAsync(TimeSpan.FromSeconds(10)); } catch (Exception) { /* already reported by the test */ }
        SecretScanner.Check(ShowsClaimUri ? ["auth", "claim"] : ShowsWebhookSecret ? ["webhooks", "create"] : ["mcp"], string.Join('\n', StdoutLines) + Stderr);
        stop.Dispose();
    }

    private sealed class LineReader(ChannelReader<string> lines) : TextReader
    {
        public override string? ReadLine() => ReadLineAsync(CancellationToken.None).AsTask().GetAwaiter().GetResult();

        public override async ValueTask<string?> ReadLineAsync(CancellationToken cancellationToken)
        {
            try
            {
                return await lines.ReadAsync(cancellationToken);
            }
            catch (ChannelClosedException)
            {
                return null;
            }
        }
    }

    /// <summary>Collects what the server writes and hands out each completed line.</summary>
    private sealed class LineWriter : TextWriter
    {
        private readonly StringBuilder partial = new();
        private readonly List<string> lines = [];
        private readonly Channel<string> channel = Channel.CreateUnbounded<string>();

        public override Encoding Encoding => Encoding.UTF8;

        public ChannelReader<string> Reader => channel.Reader;

        public IReadOnlyList<string> Lines
        {
            get
            {
                lock (partial) return [.. lines, .. partial.Length > 0 ? [partial.ToString()] : Array.Empty<string>()];
            }
        }

        public override void Write(char value)
        {
            lock (partial)
            {
                if (value != '\n')
                {
                    partial.Append(value);
                    return;
                }
                var line = partial.ToString();
                partial.Clear();
                lines.Add(line);
                channel.Writer.TryWrite(line);
            }
        }

        public override void Write(string? value)
        {
            foreach (var c in value ?? "") Write(c);
        }

        public override Task WriteAsync(string? value)
        {
            Write(value);
            return Task.CompletedTask;
        }

        public override Task FlushAsync() => Task.CompletedTask;
    }
}
