using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands;

/// <summary>
/// A stub API plus an environment that points the CLI at it with a token, for the money, events
/// and admin command tests: run argv, then assert on what reached the server.
/// </summary>
internal sealed class ApiScenario : IAsyncDisposable
{
    public const string Token = Fixtures.PostClaimToken;

    private ApiScenario(StubServer server) => Server = server;

    public StubServer Server { get; }

    public static async Task<ApiScenario> StartAsync() => new(await StubServer.StartAsync());

    public ApiScenario Reply(string method, string path, int status, string body)
    {
        Server.OnJson(method, "/api/public/v1" + path, status, body);
        return this;
    }

    public Task<CliResult> RunAsync(params string[] args) =>
        CliRunner.RunAsync(args, new Dictionary<string, string>
        {
            ["XDG_CONFIG_HOME"] = "/nonexistent/opentrain-test",
            ["OPENTRAIN_API_TOKEN"] = Token,
            ["OPENTRAIN_API_BASE_URL"] = Server.BaseUrl,
        });

    /// <summary>The one request that was sent: method, path under /api/public/v1, query, bearer token, body.</summary>
    public async Task<RecordedRequest> AssertSingleRequest(string method, string path, string query = "", string body = "")
    {
        await Server.AssertAllUsed();
        var request = Server.Requests.Single();
        await AssertRequest(request, method, path, query, body);
        return request;
    }

    public static async Task AssertRequest(RecordedRequest request, string method, string path, string query = "", string body = "")
    {
        await Assert.That(request.Method).IsEqualTo(method);
        await Assert.That(request.Path).IsEqualTo("/api/public/v1" + path);
        await Assert.That(request.Query).IsEqualTo(query);
        await Assert.That(request.Header("Authorization")).IsEqualTo($"Bearer {Token}");
        await Assert.That(request.Body).IsEqualTo(body);
        if (body.Length > 0) await Assert.That(request.Header("Content-Type")).StartsWith("application/json");
    }

    /// <summary>A usage error: exit 1, <c>Usage error: …</c> on stderr, nothing on stdout, and no request at all.</summary>
    public async Task AssertUsageError(CliResult result, string message)
    {
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo($"Usage error: {message}\n");
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(Server.Requests).IsEmpty();
    }

    /// <summary>An API error rendered as the documented two lines (plus any hint), exit 1.</summary>
    public static async Task AssertApiError(CliResult result, string firstLine, string detailsJson)
    {
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).StartsWith($"{firstLine}\nDetails: {detailsJson}\n");
    }

    public async ValueTask DisposeAsync() => await Server.DisposeAsync();
}
