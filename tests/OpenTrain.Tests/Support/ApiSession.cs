namespace OpenTrain.Tests.Support;

/// <summary>
/// A stub server plus an environment pointing the CLI at it (token and base URL from the
/// environment, no credentials file), for command tests that assert what reached the server.
/// </summary>
internal sealed class ApiSession : IAsyncDisposable
{
    public const string Token = Fixtures.PostClaimToken;

    private ApiSession(StubServer server, Dictionary<string, string> env)
    {
        Server = server;
        Env = env;
    }

    public StubServer Server { get; }

    public Dictionary<string, string> Env { get; }

    public IReadOnlyList<RecordedRequest> Requests => Server.Requests;

    public static async Task<ApiSession> StartAsync(bool withToken = true)
    {
        var server = await StubServer.StartAsync();
        return new ApiSession(server, TestEnvironment.Isolated(withToken ? Token : null, server.BaseUrl));
    }

    public ApiSession On(string method, string path, int status, string body)
    {
        Server.OnJson(method, path, status, body);
        return this;
    }

    public Task<CliResult> RunAsync(params string[] args) => CliRunner.RunAsync(args, Env);

    public Task<CliResult> RunWithStdinAsync(string stdin, params string[] args) => CliRunner.RunAsync(args, Env, stdin);

    /// <summary>The one request the command sent, after checking every stub was used.</summary>
    public async Task<RecordedRequest> SingleRequestAsync()
    {
        await Server.AssertAllUsed();
        await Assert.That(Server.Requests.Count).IsEqualTo(1);
        return Server.Requests[0];
    }

    /// <summary>Answers the next request to <c>/api/public/v1{path}</c>.</summary>
    public ApiSession Reply(string method, string path, int status, string body) => On(method, "/api/public/v1" + path, status, body);

    /// <summary>The one request that was sent: method, path under /api/public/v1, query, bearer token, body.</summary>
    public async Task<RecordedRequest> AssertSingleRequest(string method, string path, string query = "", string body = "")
    {
        var request = await SingleRequestAsync();
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

    /// <summary>An API error rendered as the documented two lines (plus any hint), exit 1.</summary>
    public static async Task AssertApiError(CliResult result, string firstLine, string detailsJson)
    {
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).StartsWith($"{firstLine}\nDetails: {detailsJson}\n");
    }

    public Task AssertUsageError(CliResult result, string message) => AssertUsageErrorAsync(result, message);

    /// <summary>A usage error: exit 1, exactly this stderr line, nothing on stdout, and no request.</summary>
    public async Task AssertUsageErrorAsync(CliResult result, string message)
    {
        await Assert.That(result.Stderr).IsEqualTo($"Usage error: {message}\n");
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(Server.Requests).IsEmpty();
    }

    public ValueTask DisposeAsync() => Server.DisposeAsync();
}
