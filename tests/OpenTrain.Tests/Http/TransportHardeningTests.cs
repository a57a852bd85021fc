using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Http;

/// <summary>
/// Issue #13: a body that stalls after the headers, a cross-origin redirect of a request with a
/// body, and a proxy in the environment, against real loopback sockets.
/// </summary>
public class TransportHardeningTests
{
    private const string TokenPath = "/api/agent/oauth/token";

    public static IEnumerable<string> StallCases() =>
    [
        "whoami | stall 200",
        "whoami --json | stall 200",
        "whoami | stall 400",
        "whoami --json | stall 400",
        "whoami | trickle 200",
        "whoami --json | trickle 200",
        "jobs publish job_1 | stall 200",
        "jobs publish job_1 --json | stall 200",
        "jobs publish job_1 | trickle 400",
    ];

    [Test]
    [MethodDataSource(nameof(StallCases))]
    public async Task A_body_that_stalls_or_trickles_after_the_headers_times_out_after_30_seconds(string name)
    {
        var parts = name.Split(" | ");
        var fault = parts[1].Split(' ');
        var status = int.Parse(fault[1], System.Globalization.CultureInfo.InvariantCulture);
        await using var server = fault[0] == "stall" ? RawServer.StallBody(status, "{\"actor\":") : RawServer.TrickleBody(status, "{\"actor\":[", "1,");
        var time = new AutoAdvanceTime();

        var run = CliRunner.RunAsync(parts[0].Split(' '), TestEnvironment.Isolated(Fixtures.PostClaimToken, server.BaseUrl), time: time);
        while (server.Requests.Count == 0) await Task.Delay(10);
        var start = time.GetUtcNow();
        while (!run.IsCompleted && time.GetUtcNow() - start < TimeSpan.FromMinutes(5))
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.WhenAny(run, Task.Delay(20));
        }
        var elapsed = time.GetUtcNow() - start;
        var result = await run.WaitAsync(TimeSpan.FromSeconds(10));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).EndsWith($"OpenTrain API request failed: request to {server.Authority} timed out after 30 s\n");
        // The deadline is 30 s of injected time; the clock keeps moving in 1 s steps while a loaded machine
        // reacts, so allow a few steps of slack (a hang would reach the 5-minute guard above).
        await Assert.That(elapsed).IsBetween(TimeSpan.FromSeconds(30), TimeSpan.FromSeconds(40));
        await Assert.That(server.Requests.Count).IsEqualTo(1);
    }

    [Test]
    [Arguments("whoami")]
    [Arguments("whoami --json")]
    public async Task Interrupting_a_stalled_body_exits_130(string command)
    {
        await using var server = RawServer.StallBody(200, "{\"actor\":");
        using var interrupt = new CancellationTokenSource();

        var run = CliRunner.RunAsync(command.Split(' '), TestEnvironment.Isolated(Fixtures.PostClaimToken, server.BaseUrl), time: new AutoAdvanceTime(), cancellationToken: interrupt.Token);
        while (server.Requests.Count == 0) await Task.Delay(10);
        await Task.Delay(100);
        await interrupt.CancelAsync();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(10));

        await Assert.That(result.ExitCode).IsEqualTo(130);
    }

    [Test]
    [Arguments(307)]
    [Arguments(308)]
    [Arguments(303)]
    public async Task A_cross_origin_redirect_of_the_claim_exchange_sends_nothing_there_and_saves_nothing(int status)
    {
        await using var other = await StubServer.StartAsync();
        await using var origin = await StubServer.StartAsync();
        origin.On("POST", TokenPath, new StubResponse(status) { Headers = new Dictionary<string, string> { ["Location"] = other.BaseUrl + TokenPath } });
        other.OnJson("POST", TokenPath, 200, Fixtures.Claimed);
        other.OnJson("GET", TokenPath, 200, Fixtures.Claimed);
        using var env = new TestEnvironment();
        var original = $$"""{"apiToken":"{{Fixtures.PreClaimToken}}","claimToken":"{{Fixtures.ClaimToken}}","baseUrl":"{{origin.BaseUrl}}"}""";
        env.WriteCredentials(original);

        var result = await CliRunner.RunAsync(["auth", "claim-status"], env.Variables, time: new AutoAdvanceTime());

        await Assert.That(other.Requests).IsEmpty();
        await Assert.That(origin.Requests.Count).IsEqualTo(1);
        await Assert.That(env.ReadCredentials()).IsEqualTo(original);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith($"OpenTrain API request failed ({status} CROSS_ORIGIN_REDIRECT): {new Uri(origin.BaseUrl).Authority} redirected the request to another origin ({new Uri(other.BaseUrl).Authority})");
    }

    [Test]
    [Arguments("http_proxy")]
    [Arguments("HTTP_PROXY")]
    [Arguments("all_proxy")]
    public async Task A_loopback_api_is_never_reached_through_a_proxy(string variable)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var proxy = RawServer.Start((_, stream, ct) => RawServer.WriteAsync(stream, RawServer.Response(200, Fixtures.Me), ct));
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me);
        var env = TestEnvironment.Isolated(Fixtures.PreClaimToken, server.BaseUrl);
        env[variable] = proxy.BaseUrl;

        var result = await PublishedBinary.RunAsync(["whoami"], env);

        await Assert.That(proxy.Connections).IsEqualTo(0);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(server.Requests.Single().Header("Authorization")).IsEqualTo($"Bearer {Fixtures.PreClaimToken}");
    }
}
