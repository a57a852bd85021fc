using System.Collections.Concurrent;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Webhooks;

/// <summary>A POST as the receiver got it: path, every header (names lower-case), and the body's exact bytes.</summary>
internal sealed record Delivery(string Path, IReadOnlyDictionary<string, string> Headers, byte[] Body, DateTimeOffset At)
{
    public string Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : "";

    public string Text => Encoding.UTF8.GetString(Body);

    public string Id => Header("X-OpenTrain-Delivery");

    public string Signature => Header("X-OpenTrain-Signature");
}

/// <summary>What the receiver answers one request with: a status, after a delay (a hang is a delay past the 10 s limit).</summary>
internal sealed record Reply(int Status, TimeSpan Delay = default);

/// <summary>
/// A real loopback HTTP receiver for webhook deliveries (Kestrel on 127.0.0.1): records each request's raw
/// bytes and headers, and answers with the queued replies in arrival order, then 200.
/// </summary>
internal sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly ConcurrentQueue<Reply> replies = new();
    private readonly List<Delivery> received = [];

    private WebhookReceiver(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public string Url => BaseUrl + "/hook";

    public IReadOnlyList<Delivery> Received
    {
        get
        {
            lock (received) return [.. received];
        }
    }

    public static async Task<WebhookReceiver> StartAsync(params Reply[] replies)
    {
        var receiver = new WebhookReceiver(Loopback().Build());
        receiver.Enqueue(replies);
        receiver.app.Run(receiver.HandleAsync);
        await receiver.app.StartAsync();
        receiver.BaseUrl = receiver.app.Urls.First().TrimEnd('/');
        return receiver;
    }

    /// <summary>Kestrel on a free port of 127.0.0.1, quiet.</summary>
    private static WebApplicationBuilder Loopback()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        return builder;
    }

    /// <summary>More replies, after the ones still queued.</summary>
    public void Enqueue(params Reply[] more)
    {
        foreach (var reply in more) replies.Enqueue(reply);
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var body = new MemoryStream();
        await http.Request.Body.CopyToAsync(body);
        var headers = http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        lock (received) received.Add(new Delivery(http.Request.Path + http.Request.QueryString, headers, body.ToArray(), DateTimeOffset.UtcNow));
        var reply = replies.TryDequeue(out var next) ? next : new Reply(200);
        if (reply.Delay > TimeSpan.Zero)
        {
            try
            {
                await Task.Delay(reply.Delay, http.RequestAborted);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
        http.Response.StatusCode = reply.Status;
    }

    /// <summary>Waits until <paramref name="count"/> requests arrived (fails after <paramref name="timeout"/>, default 30 s).</summary>
    public async Task<IReadOnlyList<Delivery>> WaitForAsync(int count, TimeSpan? timeout = null, string? path = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(30));
        while (true)
        {
            var got = Received.Where(d => path is null || d.Path == path).ToList();
            if (got.Count >= count) return got;
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"the receiver got {got.Count} of {count} deliveries{(path is null ? "" : " at " + path)}");
            await Task.Delay(20);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }
}

/// <summary>
/// The independent check: each signature verified by Node's own <c>crypto.createHmac</c> and
/// <c>timingSafeEqual</c> in a real <c>node</c> process (none of our code), over the exact body bytes.
/// </summary>
internal static class NodeHmac
{
    private const string Script = """
        const crypto = require("node:crypto");
        const fs = require("node:fs");
        const cases = JSON.parse(fs.readFileSync(process.argv[1], "utf8"));
        const results = cases.map(({ secret, header, body, t, now, tolerance }) => {
          if (header === undefined) {
            // Sign: the hex HMAC of "<t>.<body>" (the test vector).
            return crypto.createHmac("sha256", secret).update(`${t}.`).update(Buffer.from(body, "base64")).digest("hex");
          }
          const parts = Object.fromEntries(header.split(",").map((p) => [p.slice(0, p.indexOf("=")), p.slice(p.indexOf("=") + 1)]));
          const expected = crypto.createHmac("sha256", secret).update(`${parts.t}.`).update(Buffer.from(body, "base64")).digest("hex");
          const fresh = Math.abs((now ?? Math.floor(Date.now() / 1000)) - Number(parts.t)) <= (tolerance ?? 300);
          return fresh && typeof parts.v1 === "string" && parts.v1.length === expected.length && crypto.timingSafeEqual(Buffer.from(parts.v1), Buffer.from(expected));
        });
        process.stdout.write(JSON.stringify(results));
        """;

    public static bool Available => ShellProcess.IsInstalled("node");

    /// <summary>True per delivery whose signature Node accepts with <paramref name="secret"/> (now, 300 s tolerance).</summary>
    public static async Task<bool[]> VerifyAsync(string secret, IEnumerable<(string Header, byte[] Body)> deliveries)
    {
        var cases = new JsonArray([.. deliveries.Select(d => (JsonNode?)new JsonObject { ["secret"] = secret, ["header"] = d.Header, ["body"] = Convert.ToBase64String(d.Body) })]);
        return (await RunAsync(cases)).Select(r => r!.GetValue<bool>()).ToArray();
    }

    public static async Task<bool> VerifyAsync(string secret, Delivery delivery) => (await VerifyAsync(secret, [(delivery.Signature, delivery.Body)]))[0];

    /// <summary>Node's hex HMAC-SHA256 of <c>"&lt;t&gt;.&lt;body&gt;"</c>.</summary>
    public static async Task<string> SignAsync(string secret, long t, byte[] body) =>
        (await RunAsync(new JsonArray(new JsonObject { ["secret"] = secret, ["t"] = t, ["body"] = Convert.ToBase64String(body) })))[0]!.GetValue<string>();

    private static async Task<JsonArray> RunAsync(JsonArray cases)
    {
        if (!Available) Skip.Test("node is not installed");
        var file = Path.Combine(Path.GetTempPath(), $"opentrain-hmac-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(file, cases.ToJsonString());
        try
        {
            var run = await ShellProcess.RunAsync("node", "-e", Script, file);
            if (run.ExitCode != 0) throw new InvalidOperationException($"node failed: {run.Stderr}");
            return JsonNode.Parse(run.Stdout)!.AsArray();
        }
        finally
        {
            File.Delete(file);
        }
    }
}

/// <summary>Pages of <c>/updates</c> for a stub server, and the records they carry.</summary>
internal static class Feed
{
    public const string Path = "/api/public/v1/updates";

    public static string Page(string? next, bool hasMore, params string[] records) =>
        "{\"events\":[" + string.Join(",", records) + "],\"nextCursor\":" + (next is null ? "null" : $"\"{next}\"") + ",\"hasMore\":" + (hasMore ? "true" : "false") + "}";

    public static string Record(string id, string type = "proposal.received") =>
        $$$"""{"id":"{{{id}}}","type":"{{{type}}}","apiVersion":"v1","createdAt":"2026-06-12T10:00:00.000Z","resourceId":"prop_{{{id}}}","jobId":"job_1","data":{"proposalId":"prop_{{{id}}}","jobId":"job_1"}}""";

    /// <summary>The pages in order, then an empty page for every later poll.</summary>
    public static void Serve(StubServer server, string last, params string[] pages)
    {
        foreach (var page in pages) server.OnJson("GET", Path, 200, page);
        server.OnJson("GET", Path, 200, Page(last, false), times: 100_000);
    }

    public static List<JsonObject> JsonLines(string stdout) =>
        [.. stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())];

    public static string Str(this JsonObject o, string name) => o[name]?.GetValue<string>() ?? "";
}

/// <summary>The secrets the tests sign with (none is ever a real one).</summary>
internal static class Secrets
{
    public const string Listen = "whsec_listenTestSecret0123456789";
    public const string Trigger = "whsec_triggerTestSecret01234567";
    public const string Saved = "whsec_savedSecretValue0123456789";
    public const string Docs = "whsec_docsReceiverSecret01234567";
}

/// <summary>A stub feed (<see cref="Api"/>), a real receiver and a cursor file path, for one <c>webhooks listen</c> test.</summary>
internal sealed class ListenSession : IAsyncDisposable
{
    private readonly TestEnvironment dir = new();

    private ListenSession(ApiSession api, WebhookReceiver receiver) => (Api, Receiver) = (api, receiver);

    public ApiSession Api { get; }

    public WebhookReceiver Receiver { get; }

    public string Cursor => Path.Combine(dir.Root, "cursor");

    public static async Task<ListenSession> StartAsync(params Reply[] replies) => new(await ApiSession.StartAsync(), await WebhookReceiver.StartAsync(replies));

    /// <summary><c>webhooks listen --forward-to &lt;url&gt; --secret &lt;secret&gt; --interval 0.05</c> and more.</summary>
    public static string[] Args(string url, string secret, params string[] more) =>
        ["webhooks", "listen", "--forward-to", url, "--secret", secret, "--interval", "0.05", .. more];

    /// <summary>The cursor file holds exactly this cursor.</summary>
    public static bool Holds(string file, string cursor) => File.Exists(file) && File.ReadAllText(file) == cursor + "\n";

    public async ValueTask DisposeAsync()
    {
        await Receiver.DisposeAsync();
        await Api.DisposeAsync();
        dir.Dispose();
    }
}

/// <summary>Runs <c>opentrain</c> in-process until <paramref name="until"/> holds, then presses Ctrl-C.</summary>
internal static class Listening
{
    public static async Task<CliResult> RunUntilAsync(IReadOnlyDictionary<string, string> env, Func<Task<bool>> until, TimeSpan? deadline, params string[] args)
    {
        using var ctrlC = new CancellationTokenSource();
        var run = CliRunner.RunAsync(args, env, cancellationToken: ctrlC.Token);
        var stop = DateTime.UtcNow + (deadline ?? TimeSpan.FromSeconds(40));
        while (!run.IsCompleted && !await until())
        {
            if (DateTime.UtcNow > stop) break;
            await Task.Delay(20);
        }
        await ctrlC.CancelAsync();
        return await run;
    }

    public static Task<CliResult> RunUntilAsync(IReadOnlyDictionary<string, string> env, Func<bool> until, params string[] args) =>
        RunUntilAsync(env, () => Task.FromResult(until()), null, args);
}
