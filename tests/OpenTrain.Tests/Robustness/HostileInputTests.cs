using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>Issue #13, input and output: what a hostile server, terminal text or a mistyped argument could do, and does not.</summary>
public class HostileInputTests
{
    private const string Escapes = "\u001b]8;;https://evil.example\u0007click\u001b]8;;\u0007 \u001b[2J\rOVERWRITE \u202egnp.exe";

    [Test]
    [Arguments(new[] { "credits", "top-up", "--amount", "1,00" }, "invalid value '1,00' for --amount-usd")]
    [Arguments(new[] { "milestones", "create", "ct_1", "--description", "d", "--amount", "1,5" }, "invalid value '1,5' for --amount")]
    [Arguments(new[] { "proposals", "hire", "P1", "--milestone-name", "m", "--amount", "1e3" }, "invalid value '1e3' for --amount")]
    [Arguments(new[] { "milestones", "create", "ct_1", "--description", "d", "--volume", "1_000" }, "invalid value '1_000' for --volume")]
    public async Task Numbers_take_plain_invariant_digits_only(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();

        await api.AssertUsageErrorAsync(await api.RunAsync(args), message);
    }

    [Test]
    public async Task A_flag_value_that_looks_like_a_flag_is_still_the_value()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/messages", 201, """{"ok":true,"message":{"id":"M1","conversationId":"c1"}}""");
        api.Reply("GET", "/jobs", 200, """{"jobs":[]}""");

        var send = await api.RunAsync("messages", "send", "c1", "--content", "--x=1");
        var search = await api.RunAsync("jobs", "search", "--query", "--a=b");

        await Assert.That(send.ExitCode).IsEqualTo(0);
        await Assert.That(search.ExitCode).IsEqualTo(0);
        await Assert.That(api.Requests[0].Body).IsEqualTo("""{"conversationId":"c1","content":"--x=1"}""");
        await Assert.That(api.Requests[1].Query).IsEqualTo("?q=--a%3Db");
    }

    [Test]
    [Arguments("..")]
    [Arguments(".")]
    public async Task Dot_ids_never_change_the_request_path(string id)
    {
        await using var api = await ApiSession.StartAsync();

        await api.AssertUsageErrorAsync(await api.RunAsync("jobs", "publish", id), $"--job-id '{id}' is not a valid id");
        await api.AssertUsageErrorAsync(await api.RunAsync("webhooks", "delete", "--webhook-id", id), $"--webhook-id '{id}' is not a valid id");
    }

    [Test]
    public async Task Secrets_typed_in_the_wrong_place_are_masked_in_usage_errors()
    {
        var token = await CliRunner.RunAsync(["auth", "login", Fixtures.PostClaimToken]);
        var claim = await CliRunner.RunAsync(["auth", "claim", Fixtures.ClaimToken]);
        var url = await CliRunner.RunAsync(["whoami", "--base-url", "https://agent:hunter2@api.example.com"]);

        await Assert.That(token.Stderr).IsEqualTo("Usage error: unexpected argument 'ot_pat_post…4321'\n");
        await Assert.That(claim.Stderr).IsEqualTo("Usage error: unexpected argument 'ot_clm_clai…6789'\n");
        await Assert.That(url.Stderr).DoesNotContain("hunter2");
        await Assert.That(url.Stderr).Contains("'https://***@api.example.com'");
    }

    [Test]
    public async Task Unknown_commands_name_only_the_unknown_word()
    {
        var result = await CliRunner.RunAsync(["jobs", "lst", "job_1", "more"]);

        await Assert.That(result.Stderr).IsEqualTo("Usage error: unknown command 'jobs lst'. Run 'opentrain jobs' to list its commands. Did you mean 'opentrain jobs list' or 'opentrain jobs get'?\n");
    }

    [Test]
    public async Task Server_text_reaches_the_terminal_without_control_sequences()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        api.Reply("GET", "/jobs", 200, $$"""{"jobs":[{"id":"j1","title":"{{Json(Escapes)}}","url":"https://x/j1"}]}""");
        api.Reply("GET", "/jobs/mine", 403, $$"""{"error":"{{Json(Escapes)}}","code":"FORB\u001b[31mIDDEN","requestId":"r"}""");

        var search = await api.RunAsync("jobs", "search");
        var failure = await CliRunner.RunAsync(["jobs", "list"], new Dictionary<string, string>(api.Env) { ["OT_API_TOKEN"] = Fixtures.PreClaimToken });

        foreach (var text in new[] { search.Stdout, failure.Stderr })
        {
            await Assert.That(text.Any(c => c is '\u001b' or '\u0007' or '\r' or '\u202e')).IsFalse();
            await Assert.That(text).Contains("\\x1b]8;;https://evil.example\\x07click");
        }
        await Assert.That(failure.Stderr).StartsWith("OpenTrain API request failed (403 FORB\\x1b[31mIDDEN): ");
        await Assert.That(search.Stdout).Contains("\\u202egnp.exe");
    }

    [Test]
    public async Task Json_output_still_carries_the_exact_escaped_text()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        api.Reply("GET", "/jobs", 200, $$"""{"jobs":[{"title":"{{Json(Escapes)}}"}]}""");

        var result = await api.RunAsync("jobs", "search", "--json");

        await Assert.That(result.Stdout).Contains("\\u001b]8;;https://evil.example\\u0007click");
        await Assert.That(result.Stdout.Contains('\u001b', StringComparison.Ordinal)).IsFalse();
    }

    [Test]
    public async Task A_suggested_command_quotes_server_chosen_keys_and_placeholders()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("PATCH", "/job-drafts/J1", 200, """
            {"ok":true,"jobId":"J1","status":"DRAFT","validation":{"publishReady":false,"missingFieldCount":1,"missingFields":[{"field":"x;touch /tmp/pwned","type":"string"}],"issues":[]}}
            """);

        var result = await api.RunAsync("jobs", "draft", "update", "J1", "--set", "a=1");

        await Assert.That(result.Stdout).Contains("opentrain jobs draft update J1 --set 'x;touch /tmp/pwned=<string>'");
    }

    /// <summary>The text as a JSON string body (without quotes), every control character escaped.</summary>
    private static string Json(string text) =>
        string.Concat(text.Select(c => c is < ' ' or '\u202e' or '"' or '\\' ? $"\\u{(int)c:x4}" : c.ToString()));
}

/// <summary>Issue #13: a 2xx whose body is not JSON is an error in both output modes, reads and writes alike.</summary>
public class NotJsonSuccessTests
{
    [Test]
    [Arguments("GET", "/jobs/mine", "jobs list", "<html><body>Proxy login</body></html>", true)]
    [Arguments("GET", "/jobs/mine", "jobs list", "", true)]
    [Arguments("POST", "/jobs/J1/publish", "jobs publish J1", "\u0000\u0001\u0002", true)]
    [Arguments("POST", "/jobs/J1/publish", "jobs publish J1", "<html>ok</html>", false)]
    public async Task Exits_1_with_invalid_response_and_prints_nothing(string method, string path, string command, string body, bool json)
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.On(method, "/api/public/v1" + path, new StubResponse(200, body) { Headers = new Dictionary<string, string> { ["Content-Type"] = "text/html" } });

        var result = await api.RunAsync([.. command.Split(' '), .. json ? new[] { "--json" } : []]);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).StartsWith("OpenTrain API request failed (200 INVALID_RESPONSE): ");
    }
}
