using System.Collections.Concurrent;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OpenTrain.Tests.Support;

/// <summary>A request as it reached the server.</summary>
internal sealed record RecordedRequest(string Method, string Path, string Query, IReadOnlyDictionary<string, string> Headers, string Body)
{
    public string? Header(string name) => Headers.TryGetValue(name.ToLowerInvariant(), out var v) ? v : null;
}

/// <summary>What a stub answers. <see cref="Abort"/> drops the connection instead.</summary>
internal sealed record StubResponse(int Status, string Body = "", string ContentType = "application/json")
{
    public IReadOnlyDictionary<string, string> Headers { get; init; } = new Dictionary<string, string>();
    public bool Abort { get; init; }
    public TimeSpan Delay { get; init; }

    public static StubResponse Json(int status, string body) => new(status, body);
}

/// <summary>
/// A loopback HTTP server with programmable answers per route and a request log, in the spirit of
/// gh's httpmock registry: stubs are used in order, an unmatched request gets 599 and is reported
/// by <see cref="AssertAllUsed"/>, and every request is recorded.
/// </summary>
internal sealed class StubServer : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly List<Stub> stubs = [];
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly ConcurrentQueue<string> unmatched = new();

    private StubServer(WebApplication app) => this.app = app;

    public string BaseUrl { get; private set; } = "";

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    /// <summary>Starts on a free loopback port; with <paramref name="selfSignedTls"/> it serves https with an untrusted certificate.</summary>
    public static async Task<StubServer> StartAsync(bool selfSignedTls = false)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        if (selfSignedTls)
            builder.WebHost.ConfigureKestrel(k => k.Listen(System.Net.IPAddress.Loopback, 0, l => l.UseHttps(SelfSignedCertificate())));
        else
            builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var server = new StubServer(app);
        app.Run(server.HandleAsync);
        await app.StartAsync();
        server.BaseUrl = app.Urls.First().TrimEnd('/').Replace("[::1]", "127.0.0.1", StringComparison.Ordinal);
        return server;
    }

    /// <summary>Answers the next <paramref name="times"/> matching requests.</summary>
    public StubServer On(string method, string path, Func<RecordedRequest, StubResponse> respond, int times = 1)
    {
        lock (stubs) stubs.Add(new Stub(method, path, respond, times));
        return this;
    }

    public StubServer On(string method, string path, StubResponse response, int times = 1) => On(method, path, _ => response, times);

    public StubServer OnJson(string method, string path, int status, string body, int times = 1) =>
        On(method, path, StubResponse.Json(status, body), times);

    public async Task AssertAllUsed()
    {
        List<string> unused;
        lock (stubs) unused = [.. stubs.Where(s => s.Remaining > 0).Select(s => $"{s.Method} {s.Path} ({s.Remaining} left)")];
        await Assert.That(unused).IsEmpty();
        await Assert.That(unmatched.ToList()).IsEmpty();
    }

    private async Task HandleAsync(HttpContext http)
    {
        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        var body = await reader.ReadToEndAsync();
        var headers = http.Request.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => h.Value.ToString());
        var request = new RecordedRequest(http.Request.Method, http.Request.Path.Value ?? "", http.Request.QueryString.Value ?? "", headers, body);
        requests.Enqueue(request);

        Stub? stub;
        lock (stubs)
        {
            stub = stubs.FirstOrDefault(s => s.Remaining > 0 && s.Method == request.Method && s.Path == request.Path);
            if (stub is not null) stub.Remaining--;
        }
        if (stub is null)
        {
            unmatched.Enqueue($"{request.Method} {request.Path}{request.Query}");
            http.Response.StatusCode = 599;
            await http.Response.WriteAsync($"no stub for {request.Method} {request.Path}");
            return;
        }
        var response = stub.Respond(request);
        if (response.Delay > TimeSpan.Zero)
        {
            try { await Task.Delay(response.Delay, http.RequestAborted); }
            catch (OperationCanceledException) { return; }
        }
        if (response.Abort)
        {
            http.Abort();
            return;
        }
        http.Response.StatusCode = response.Status;
        foreach (var (name, value) in response.Headers) http.Response.Headers[name] = value;
        if (response.Body.Length > 0 || response.Status != 204)
        {
            http.Response.ContentType = response.ContentType;
            await http.Response.WriteAsync(response.Body);
        }
    }

    private static System.Security.Cryptography.X509Certificates.X509Certificate2 SelfSignedCertificate()
    {
        using var key = System.Security.Cryptography.RSA.Create(2048);
        var request = new System.Security.Cryptography.X509Certificates.CertificateRequest("CN=127.0.0.1", key,
            System.Security.Cryptography.HashAlgorithmName.SHA256, System.Security.Cryptography.RSASignaturePadding.Pkcs1);
        using var cert = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
        return System.Security.Cryptography.X509Certificates.X509CertificateLoader.LoadPkcs12(cert.Export(System.Security.Cryptography.X509Certificates.X509ContentType.Pfx), null);
    }

    public async ValueTask DisposeAsync()
    {
        await app.StopAsync();
        await app.DisposeAsync();
    }

    private sealed class Stub(string method, string path, Func<RecordedRequest, StubResponse> respond, int times)
    {
        public string Method { get; } = method;
        public string Path { get; } = path;
        public Func<RecordedRequest, StubResponse> Respond { get; } = respond;
        public int Remaining { get; set; } = times;
    }
}
