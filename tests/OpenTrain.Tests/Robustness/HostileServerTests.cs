using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>Servers that misbehave: every case ends in one clear message, exit 1, no stack trace.</summary>
public class HostileServerTests
{
    private const string MePath = "/api/public/v1/auth/me";
    // whoami --json adds a field after the body, so it buffers; jobs list --json streams the body as received.
    private const string JobsPath = "/api/public/v1/jobs/mine";

    private static Dictionary<string, string> Env(StubServer server) => TestEnvironment.Isolated(Fixtures.PreClaimToken, server.BaseUrl);

    public static IEnumerable<string> CaseNames() => Cases().Select(c => c.Name);

    private static IEnumerable<(string Name, StubResponse Response, bool Json, string Expected)> Cases()
    {
        yield return ("truncated JSON", new StubResponse(200, """{"actor":{"fullName":"Mi"""), false, "OpenTrain API request failed (200 INVALID_RESPONSE): 127.0.0.1 returned a response that is not the expected JSON");
        yield return ("wrong JSON types", new StubResponse(200, """{"actor":"not an object","token":5}"""), false, "OpenTrain API request failed (200 INVALID_RESPONSE): 127.0.0.1 returned a response that is not the expected JSON");
        yield return ("JSON null", new StubResponse(200, "null"), false, "OpenTrain API request failed (200 INVALID_RESPONSE): 127.0.0.1 returned an empty JSON body");
        yield return ("HTML error page", new StubResponse(403, "<html><body>Forbidden by proxy</body></html>", "text/html"), false, "OpenTrain API request failed (403 HTTP_403): Forbidden");
        yield return ("empty error body", new StubResponse(409), false, "OpenTrain API request failed (409 HTTP_409): Conflict");
        yield return ("error envelope of the wrong shape", new StubResponse(400, """{"error":{"nested":true},"code":"BAD_REQUEST"}"""), false, """OpenTrain API request failed (400 BAD_REQUEST): {"nested":true}""");
        yield return ("huge error body", new StubResponse(400, "{\"error\":\"bad\",\"code\":\"BAD_REQUEST\",\"details\":{\"blob\":\"" + new string('x', 10_500_000) + "\"}}"), false, "OpenTrain API request failed (400 HTTP_400): Bad Request (the error body is larger than the 1 MiB limit and was not read)\n");
        yield return ("truncated JSON with --json", new StubResponse(200, """{"actor":{"fullName":"Mi"""), true, "OpenTrain API request failed (200 INVALID_RESPONSE): the response body stopped being valid JSON");
    }

    [Test]
    [MethodDataSource(nameof(CaseNames))]
    public async Task Misbehaving_server_gives_one_clear_error(string name)
    {
        var hostile = Cases().Single(c => c.Name == name);
        await using var server = await StubServer.StartAsync();
        server.On("GET", hostile.Json ? JobsPath : MePath, hostile.Response);

        var result = await CliRunner.RunAsync(hostile.Json ? ["jobs", "list", "--json"] : ["whoami"], Env(server));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith(hostile.Expected);
        await Assert.That(result.Stderr).DoesNotContain("   at ");
        await Assert.That(server.Requests.Count).IsEqualTo(1);
    }

    [Test]
    public async Task A_body_over_ten_megabytes_streams_out_exactly_with_json()
    {
        await using var server = await StubServer.StartAsync();
        var item = """{"id":"j","title":"Café — <b>&'","rate":18.50}""";
        var body = "{\"jobs\":[" + string.Join(",", Enumerable.Repeat(item, 250_000)) + "]}";
        server.OnJson("GET", JobsPath, 200, body);

        var result = await CliRunner.RunAsync(["jobs", "list", "--json"], Env(server));

        await Assert.That(body.Length).IsGreaterThan(10_000_000);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(OpenTrain.Json.JsonReindenter.Indent(System.Text.Encoding.UTF8.GetBytes(body)));
    }

    [Test]
    public async Task A_connection_reset_mid_body_is_reported_and_not_retried_for_writes()
    {
        await using var server = await StubServer.StartAsync();
        server.On("POST", "/api/agent/identity", _ => new StubResponse(200) { Abort = true });
        using var env = new TestEnvironment();
        env.With("OT_API_BASE_URL", server.BaseUrl);

        var result = await CliRunner.RunAsync(["auth", "register"], env.Variables, time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(server.Requests.Count).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("OpenTrain API request failed: ");
        await Assert.That(env.ReadCredentials()).IsNull();
    }

    [Test]
    public async Task Bursts_of_gateway_errors_then_success_need_exactly_three_get_attempts()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", MePath, 502, "").OnJson("GET", MePath, 504, "").OnJson("GET", MePath, 200, Fixtures.Me);

        var result = await CliRunner.RunAsync(["whoami"], Env(server), time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(server.Requests.Count).IsEqualTo(3);
    }
}
