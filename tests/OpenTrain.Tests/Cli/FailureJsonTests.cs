using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

/// <summary>
/// With --json every failure also writes one JSON document to stdout (the API envelope as received,
/// or our own of the same shape); stderr keeps its documented lines and the exit code is unchanged.
/// </summary>
public class FailureJsonTests
{
    private static async Task AssertFailure(CliResult result, string stdout, string stderr, int exitCode = 1)
    {
        await Assert.That(result.Stdout).IsEqualTo(stdout);
        await Assert.That(result.Stderr).IsEqualTo(stderr);
        await Assert.That(result.ExitCode).IsEqualTo(exitCode);
    }

    [Test]
    public async Task An_api_error_prints_the_envelope_as_received_re_indented()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/jobs/job_1/publish", 409,
            """{"error":"Job is not a draft.","code":"CONFLICT","requestId":"req_1","details":{"reason":"not_draft","n":1.50,"é":"—"}}""");

        var result = await api.RunAsync("jobs", "publish", "job_1", "--json");

        await AssertFailure(result,
            "{\n  \"error\": \"Job is not a draft.\",\n  \"code\": \"CONFLICT\",\n  \"requestId\": \"req_1\",\n  \"details\": {\n    \"reason\": \"not_draft\",\n    \"n\": 1.50,\n    \"é\": \"—\"\n  }\n}\n",
            "OpenTrain API request failed (409 CONFLICT): Job is not a draft.\nDetails: {\"reason\":\"not_draft\",\"n\":1.50,\"é\":\"—\"}\n");
    }

    [Test]
    public async Task An_api_error_of_an_auth_command_prints_the_envelope_too()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/auth/me", 401, Fixtures.Envelope("Invalid or revoked token.", "UNAUTHORIZED"));

        var result = await api.RunAsync("whoami", "--json");

        await AssertFailure(result,
            "{\n  \"error\": \"Invalid or revoked token.\",\n  \"code\": \"UNAUTHORIZED\",\n  \"requestId\": \"req_1\"\n}\n",
            "OpenTrain API request failed (401 UNAUTHORIZED): Invalid or revoked token.\n" + RejectedTokenHint(api));
    }

    private static string RejectedTokenHint(ApiSession api) => "Hint: " + OpenTrain.Operations.CommonHints.RejectedTokenHint(new Uri(api.Server.BaseUrl + "/settings/api-keys")) + "\n";

    [Test]
    public async Task Without_json_stdout_stays_empty_on_failure()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/auth/me", 401, Fixtures.Envelope("Invalid or revoked token.", "UNAUTHORIZED"));

        var result = await api.RunAsync("whoami");

        await AssertFailure(result, "", "OpenTrain API request failed (401 UNAUTHORIZED): Invalid or revoked token.\n" + RejectedTokenHint(api));
    }

    [Test]
    public async Task A_usage_error_of_ours_names_the_command_help()
    {
        await using var api = await ApiSession.StartAsync();

        var result = await api.RunAsync("jobs", "publish", "--json");

        await AssertFailure(result,
            "{\n  \"error\": \"--job-id is required\",\n  \"code\": \"USAGE_ERROR\",\n  \"hint\": \"run 'opentrain jobs publish --help' for its flags and an example\"\n}\n",
            "Usage error: --job-id is required\n");
        await Assert.That(api.Requests).IsEmpty();
    }

    [Test]
    public async Task A_parse_failure_reported_by_the_framework_is_a_usage_error_document()
    {
        await using var api = await ApiSession.StartAsync();

        var result = await api.RunAsync("jobs", "publish", "job_1", "--json", "--base-url");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Usage error: ");
        var message = result.Stderr["Usage error: ".Length..].TrimEnd('\n');
        await Assert.That(result.Stdout).StartsWith($"{{\n  \"error\": \"{message}\",\n  \"code\": \"USAGE_ERROR\"");
        await Assert.That(api.Requests).IsEmpty();
    }

    [Test]
    public async Task An_unknown_command_is_a_usage_error_document()
    {
        var result = await CliRunner.RunAsync(["jobs", "frobnicate", "--json"]);

        await AssertFailure(result,
            "{\n  \"error\": \"unknown command 'jobs frobnicate'. Run 'opentrain jobs' to list its commands.\",\n  \"code\": \"USAGE_ERROR\"\n}\n",
            "Usage error: unknown command 'jobs frobnicate'. Run 'opentrain jobs' to list its commands.\n");
    }

    [Test]
    public async Task Json_after_a_double_dash_is_an_argument_not_the_flag()
    {
        var result = await CliRunner.RunAsync(["jobs", "frobnicate", "--", "--json"]);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
    }

    [Test]
    public async Task An_invalid_base_url_is_a_usage_error_document()
    {
        var result = await CliRunner.RunAsync(["whoami", "--json", "--base-url", "http://example.com"],
            TestEnvironment.Isolated(Fixtures.PreClaimToken));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Usage error: ");
        await Assert.That(result.Stdout).Contains("\"code\": \"USAGE_ERROR\"");
    }

    [Test]
    public async Task Not_logged_in_has_its_own_code_and_the_next_step()
    {
        var result = await CliRunner.RunAsync(["jobs", "list", "--json"]);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Error: Not logged in: no API token found.");
        await Assert.That(result.Stdout).IsEqualTo(
            "{\n  \"error\": \"" + result.Stderr["Error: ".Length..].TrimEnd('\n') + "\",\n  \"code\": \"NOT_LOGGED_IN\",\n" +
            "  \"hint\": \"opentrain auth register (new agent account) or opentrain auth login --api-key - (existing token)\"\n}\n");
    }

    [Test]
    public async Task An_unreadable_credentials_file_is_a_config_error()
    {
        using var env = new TestEnvironment();
        env.WriteCredentials("{not json");

        var result = await CliRunner.RunAsync(["jobs", "list", "--json"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Error: ");
        await Assert.That(result.Stdout).StartsWith("{\n  \"error\": \"");
        await Assert.That(result.Stdout).EndsWith("\",\n  \"code\": \"CONFIG_ERROR\"\n}\n");
    }

    [Test]
    public async Task A_network_failure_is_a_network_error_document()
    {
        var result = await CliRunner.RunAsync(["whoami", "--json", "--base-url", "http://127.0.0.1:1"],
            TestEnvironment.Isolated(Fixtures.PreClaimToken), time: new AutoAdvanceTime());

        await AssertFailure(result,
            "{\n  \"error\": \"could not connect to 127.0.0.1:1: connection refused\",\n  \"code\": \"NETWORK_ERROR\"\n}\n",
            "OpenTrain API request failed: could not connect to 127.0.0.1:1: connection refused\n");
    }

    [Test]
    public async Task A_non_json_error_body_is_our_document_with_the_status()
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.On("GET", "/api/public/v1/auth/me", new StubResponse(502, "<html>bad gateway</html>", "text/html"), times: 3);

        var result = await CliRunner.RunAsync(["whoami", "--json"], api.Env, time: new AutoAdvanceTime());

        await AssertFailure(result,
            "{\n  \"error\": \"Bad Gateway\",\n  \"code\": \"HTTP_502\",\n  \"details\": {\n    \"status\": 502\n  }\n}\n",
            "OpenTrain API request failed (502 HTTP_502): Bad Gateway\n");
    }

    [Test]
    public async Task A_claim_wait_running_out_is_a_timeout_document()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/oauth/token", 400, Fixtures.OAuthError("authorization_pending"), times: 100);
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}","claimToken":"{{Fixtures.ClaimToken}}","baseUrl":"{{server.BaseUrl}}"}""");

        var result = await CliRunner.RunAsync(["auth", "claim-status", "--wait", "--timeout", "12", "--interval", "5", "--json"], env.Variables, time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Error: the claim was not completed within 12 s.");
        await Assert.That(result.Stdout).IsEqualTo(
            "{\n  \"error\": \"" + result.Stderr["Error: ".Length..].TrimEnd('\n') + "\",\n  \"code\": \"TIMEOUT\"\n}\n");
    }

    [Test]
    public async Task An_interrupt_exits_130_with_an_interrupted_document()
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.On("GET", "/api/public/v1/auth/me", new StubResponse(200, Fixtures.Me) { Delay = TimeSpan.FromMinutes(5) });
        using var cancel = new CancellationTokenSource();

        var run = CliRunner.RunAsync(["whoami", "--json"], api.Env, cancellationToken: cancel.Token);
        while (api.Requests.Count == 0) await Task.Delay(10);
        await cancel.CancelAsync();
        var result = await run.WaitAsync(TimeSpan.FromSeconds(30));

        await AssertFailure(result, "{\n  \"error\": \"interrupted\",\n  \"code\": \"INTERRUPTED\"\n}\n", "", exitCode: 130);
    }
}
