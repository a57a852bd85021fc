using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary><c>auth claim-status --wait</c> rides out 5xx answers and dropped connections until its deadline.</summary>
public class ClaimWaitResilienceTests
{
    private const string TokenPath = "/api/agent/oauth/token";

    [Test]
    public async Task Wait_keeps_polling_through_5xx_and_dropped_connections_with_back_off()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", TokenPath, 503, "")
            .On("POST", TokenPath, new StubResponse(200) { Abort = true })
            .OnJson("POST", TokenPath, 500, Fixtures.Envelope("boom", "INTERNAL"))
            .OnJson("POST", TokenPath, 400, Fixtures.OAuthError("authorization_pending"))
            .OnJson("POST", TokenPath, 200, Fixtures.Claimed);
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}","claimToken":"{{Fixtures.ClaimToken}}","baseUrl":"{{server.BaseUrl}}"}""");
        var time = new AutoAdvanceTime();

        var result = await CliRunner.RunAsync(["auth", "claim-status", "--wait", "--interval", "1"], env.Variables, time: time);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(server.Requests.Count).IsEqualTo(5);
        await Assert.That(env.ReadCredentials()).Contains(Fixtures.PostClaimToken);
        await Assert.That(time.Waits.Where(w => w >= TimeSpan.FromSeconds(1)).ToList())
            .IsEquivalentTo(new[] { TimeSpan.FromSeconds(1), TimeSpan.FromSeconds(2), TimeSpan.FromSeconds(4), TimeSpan.FromSeconds(1) });
        await server.AssertAllUsed();
    }

    [Test]
    public async Task Wait_gives_up_at_its_deadline_with_the_last_failure()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", TokenPath, 503, "", times: int.MaxValue);
        using var env = new TestEnvironment();
        var original = $$"""{"apiToken":"{{Fixtures.PreClaimToken}}","claimToken":"{{Fixtures.ClaimToken}}","baseUrl":"{{server.BaseUrl}}"}""";
        env.WriteCredentials(original);

        var result = await CliRunner.RunAsync(["auth", "claim-status", "--wait", "--interval", "1", "--timeout", "5"], env.Variables, time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains("OpenTrain API request failed (503 HTTP_503)");
        await Assert.That(server.Requests.Count).IsEqualTo(3);
        await Assert.That(env.ReadCredentials()).IsEqualTo(original);
    }
}
