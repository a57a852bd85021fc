using System.Net;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Http;

public class RetryTests
{
    private const string MePath = "/api/public/v1/auth/me";

    private static Dictionary<string, string> Env(StubServer server) => TestEnvironment.Isolated(Fixtures.PreClaimToken, server.BaseUrl);

    [Test]
    public async Task Get_is_retried_on_503_then_succeeds_after_three_attempts_with_500ms_then_1s_backoff()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", MePath, 503, "", times: 2).OnJson("GET", MePath, 200, Fixtures.Me);
        var time = new AutoAdvanceTime();

        var result = await CliRunner.RunAsync(["whoami"], Env(server), time: time);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(server.Requests.Count).IsEqualTo(3);
        await Assert.That(time.Waits).IsEquivalentTo(new[] { TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1) });
        await server.AssertAllUsed();
    }

    [Test]
    [Arguments(502, "Bad Gateway")]
    [Arguments(504, "Gateway Timeout")]
    public async Task Get_gives_up_after_three_attempts(int status, string reason)
    {
        await using var server = await StubServer.StartAsync();
        server.On("GET", MePath, new StubResponse(status, "<html>proxy error</html>", "text/html"), times: 3);

        var result = await CliRunner.RunAsync(["whoami"], Env(server), time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(server.Requests.Count).IsEqualTo(3);
        await Assert.That(result.Stderr).IsEqualTo($"OpenTrain API request failed ({status} HTTP_{status}): {reason}\n");
    }

    [Test]
    [Arguments(500)]
    [Arguments(429)]
    public async Task Get_is_not_retried_on_500_or_429(int status)
    {
        await using var server = await StubServer.StartAsync();
        server.On("GET", MePath, new StubResponse(status, Fixtures.Envelope("nope", status == 429 ? "RATE_LIMITED" : "INTERNAL")) { Headers = new Dictionary<string, string> { ["Retry-After"] = "30" } });

        var result = await CliRunner.RunAsync(["whoami"], Env(server), time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(server.Requests.Count).IsEqualTo(1);
        await server.AssertAllUsed();
    }

    [Test]
    public async Task A_write_that_reached_the_server_is_sent_once_even_on_503()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/identity", 503, "");
        using var env = new TestEnvironment();
        env.With("OT_API_BASE_URL", server.BaseUrl);

        var result = await CliRunner.RunAsync(["auth", "register"], env.Variables, time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(server.Requests.Count).IsEqualTo(1);
        await Assert.That(env.ReadCredentials()).IsNull();
    }

    [Test]
    public async Task A_write_whose_connection_dropped_mid_response_is_not_resent()
    {
        await using var server = await StubServer.StartAsync();
        server.On("POST", "/api/agent/identity", new StubResponse(200) { Abort = true });
        using var env = new TestEnvironment();
        env.With("OT_API_BASE_URL", server.BaseUrl);

        var result = await CliRunner.RunAsync(["auth", "register"], env.Variables, time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(server.Requests.Count).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("OpenTrain API request failed: ");
    }

    [Test]
    public async Task A_write_is_retried_when_the_connection_was_never_made()
    {
        var attempts = 0;
        using var env = new TestEnvironment();
        env.With("OT_API_BASE_URL", "http://127.0.0.1:9");

        var result = await CliRunner.RunAsync(["auth", "register"], env.Variables, time: new AutoAdvanceTime(),
            transport: () => new ThrowingHandler(() => { Interlocked.Increment(ref attempts); return new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused"); }));

        await Assert.That(attempts).IsEqualTo(3);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed: could not connect to 127.0.0.1:9: Connection refused\n");
    }

    [Test]
    public async Task Connection_refused_names_the_host_without_a_stack_trace()
    {
        using var env = new TestEnvironment();
        env.With("OT_API_TOKEN", Fixtures.PreClaimToken);

        var result = await CliRunner.RunAsync(["whoami", "--base-url", "http://127.0.0.1:1"], env.Variables, time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed: could not connect to 127.0.0.1:1: connection refused\n");
    }

    [Test]
    public async Task A_stalled_get_times_out_after_30_seconds_per_attempt_of_injected_time()
    {
        await using var server = await StubServer.StartAsync();
        server.On("GET", MePath, new StubResponse(200, Fixtures.Me) { Delay = TimeSpan.FromMinutes(5) }, times: 3);
        var time = new AutoAdvanceTime();

        var run = CliRunner.RunAsync(["whoami"], Env(server), time: time);
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            while (server.Requests.Count < attempt) await Task.Delay(10);
            await Task.Delay(50);
            time.Advance(TimeSpan.FromSeconds(30));
        }
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(server.Requests.Count).IsEqualTo(3);
        await Assert.That(result.Stderr).IsEqualTo($"OpenTrain API request failed: request to {new Uri(server.BaseUrl).Authority} timed out after 30 s\n");
    }

    private sealed class ThrowingHandler(Func<Exception> failure) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromException<HttpResponseMessage>(failure());
    }
}
