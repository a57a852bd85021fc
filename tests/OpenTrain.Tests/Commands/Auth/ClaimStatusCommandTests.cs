using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Auth;

public class ClaimStatusCommandTests
{
    private const string TokenPath = "/api/agent/oauth/token";

    private static TestEnvironment Registered(StubServer server)
    {
        var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}","claimToken":"{{Fixtures.ClaimToken}}","baseUrl":"{{server.BaseUrl}}","other":1}""");
        return env;
    }

    [Test]
    public async Task Without_wait_checks_once_and_reports_pending_with_exit_0()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", TokenPath, 400, Fixtures.OAuthError("authorization_pending"));
        using var env = Registered(server);

        var result = await CliRunner.RunAsync(["auth", "claim-status"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("Claim pending: the human has not completed it yet.\n");
        var request = server.Requests.Single();
        await Assert.That(request.Header("Content-Type")).IsEqualTo("application/x-www-form-urlencoded");
        await Assert.That(request.Body).IsEqualTo($"grant_type=urn%3Aopentrain%3Aagent-auth%3Agrant-type%3Aclaim&claim_token={Fixtures.ClaimToken}");
        await Assert.That(request.Header("Authorization")).IsNull();
    }

    [Test]
    public async Task Json_pending_result()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", TokenPath, 400, Fixtures.OAuthError("authorization_pending"));
        using var env = Registered(server);

        var result = await CliRunner.RunAsync(["auth", "claim-status", "--json"], env.Variables);

        await Assert.That(result.Stdout).IsEqualTo("{\n  \"status\": \"pending\"\n}\n");
    }

    [Test]
    public async Task Wait_polls_through_pending_and_slow_down_then_saves_the_token_and_drops_the_claim_token()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", TokenPath, 400, Fixtures.OAuthError("authorization_pending"))
            .OnJson("POST", TokenPath, 400, Fixtures.OAuthError("slow_down"))
            .OnJson("POST", TokenPath, 400, Fixtures.OAuthError("authorization_pending"))
            .OnJson("POST", TokenPath, 200, Fixtures.Claimed);
        using var env = Registered(server);
        var time = new AutoAdvanceTime();

        var result = await CliRunner.RunAsync(["auth", "claim-status", "--wait"], env.Variables, time: time);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(server.Requests.Count).IsEqualTo(4);
        await Assert.That(time.Waits).IsEquivalentTo(new[] { TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10) });
        var saved = JsonNode.Parse(env.ReadCredentials()!)!.AsObject();
        await Assert.That(saved["apiToken"]!.GetValue<string>()).IsEqualTo(Fixtures.PostClaimToken);
        await Assert.That(saved.ContainsKey("claimToken")).IsFalse();
        await Assert.That(saved["other"]!.GetValue<int>()).IsEqualTo(1);
        await Assert.That(result.Stdout).StartsWith("Account claimed.");
        await Assert.That(result.Stdout).Contains("proposals:write");
        await Assert.That(result.Stdout).EndsWith(
            "\nNow unlocked: hiring and invites (proposals:write), sending messages (messages:write), team invites (team:write) and 20 publishes a day instead of 3.\n" +
            "Money moves (payments:write: milestones, contract end, top-ups) and webhooks (webhooks:manage) still need a token a human creates " +
            $"at {server.BaseUrl}/settings/api-keys (Settings → API keys), then 'opentrain auth login --api-key -'.\n");
        await Fixtures.AssertNoSecrets(result);
        await server.AssertAllUsed();
    }

    [Test]
    public async Task Wait_gives_up_at_the_timeout_with_exit_1()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", TokenPath, 400, Fixtures.OAuthError("authorization_pending"), times: 100);
        using var env = Registered(server);

        var result = await CliRunner.RunAsync(["auth", "claim-status", "--wait", "--timeout", "12", "--interval", "5"], env.Variables, time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(server.Requests.Count).IsEqualTo(3);
        await Assert.That(result.Stderr).StartsWith("Error: the claim was not completed within 12 s.");
        await Assert.That(env.ReadCredentials()).Contains(Fixtures.ClaimToken);
    }

    [Test]
    [Arguments("expired_token", "opentrain auth register --force")]
    [Arguments("invalid_grant", "handed out once")]
    public async Task Terminal_errors_exit_1_with_a_next_step(string error, string hint)
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", TokenPath, 400, Fixtures.OAuthError(error, "claim failed"));
        using var env = Registered(server);

        var result = await CliRunner.RunAsync(["auth", "claim-status", "--wait"], env.Variables, time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith($"OpenTrain API request failed (400 {error}): claim failed\nHint: ");
        await Assert.That(result.Stderr).Contains(hint);
    }

    [Test]
    [Arguments("--timeout", "0")]
    [Arguments("--interval", "-1")]
    [Arguments("--timeout", "abc")]
    public async Task Bad_numbers_are_usage_errors(string flag, string value)
    {
        await using var server = await StubServer.StartAsync();
        using var env = Registered(server);

        var result = await CliRunner.RunAsync(["auth", "claim-status", "--wait", flag, value], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Usage error: ");
        await Assert.That(server.Requests).IsEmpty();
    }
}

public class ClaimStatusProgressTests
{
    [Test]
    public async Task Waiting_shows_progress_on_a_terminal_only()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/oauth/token", 400, Fixtures.OAuthError("authorization_pending"), times: 2)
            .OnJson("POST", "/api/agent/oauth/token", 200, Fixtures.Claimed, times: 2);
        using var tty = new TestEnvironment();
        using var pipe = new TestEnvironment();
        string[] args = ["auth", "claim-status", "--wait", "--claim-token", Fixtures.ClaimToken, "--base-url", server.BaseUrl];

        var onTerminal = await CliRunner.RunAsync(args, tty.Variables, time: new AutoAdvanceTime(), tty: true);
        var piped = await CliRunner.RunAsync(args, pipe.Variables, time: new AutoAdvanceTime());

        await Assert.That(onTerminal.Stderr).Contains("Waiting for the human to complete the claim… 0:05 elapsed (Ctrl-C to stop)");
        await Assert.That(piped.Stderr).DoesNotContain("Waiting");
        await Assert.That(onTerminal.Stdout).IsEqualTo(piped.Stdout.Replace(pipe.CredentialsPath, tty.CredentialsPath, StringComparison.Ordinal));
    }
}
