using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;
using static OpenTrain.Tests.Mcp.McpProtocolTests;

namespace OpenTrain.Tests.Mcp;

/// <summary>What a tool call returns and which credentials it uses, against a stub API.</summary>
public class McpToolTests
{
    private const string Jobs = """
        {"jobs":[{"id":"J1","title":"Spanish Sentiment Labeling","status":"OPEN","published":true,"acceptingApplicants":true,"createdAt":"2026-06-10T11:02:00.000Z","updatedAt":"2026-06-11T09:15:00.000Z","jobUrl":"https://app.opentrain.ai/jobs/J1","proposalCounts":{"total":12,"unreviewed":5},"budget":12.50}],"nextCursor":"cur2"}
        """;

    [Test]
    public async Task A_tool_returns_the_clis_text_and_the_api_response_as_structured_content()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs/mine", 200, Jobs).Reply("GET", "/jobs/mine", 200, Jobs);
        await using var mcp = await McpHarness.StartInitializedAsync(McpEnv(api, ApiSession.Token));

        var result = await mcp.CallAsync("opentrain_list_jobs", new JsonObject { ["status"] = "open", ["limit"] = 1 });
        var cli = await api.RunAsync("jobs", "list", "--status", "open", "--limit", "1");

        await Assert.That(result["isError"]!.GetValue<bool>()).IsFalse();
        await Assert.That(JsonNode.DeepEquals(result["structuredContent"], JsonNode.Parse(Jobs))).IsTrue();
        await Assert.That(result["structuredContent"]!.ToJsonString()).Contains("\"budget\":12.50");
        var content = result["content"]!.AsArray().Single()!;
        await Assert.That(content["type"]!.GetValue<string>()).IsEqualTo("text");
        await Assert.That(content["text"]!.GetValue<string>()).IsEqualTo(cli.Stdout.TrimEnd('\n'));
        await Assert.That(api.Requests[0].Query).IsEqualTo("?status=OPEN&limit=1");
        await Assert.That(api.Requests[0].Header("Authorization")).IsEqualTo($"Bearer {ApiSession.Token}");
    }

    [Test]
    public async Task An_api_error_is_isError_with_the_status_the_envelope_and_the_clis_error_text()
    {
        var envelope = Fixtures.Envelope("Hiring needs a claimed account.", "FORBIDDEN", """{"reason":"account_claim_required"}""");
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/jobs/J1/invites", 403, envelope).Reply("POST", "/jobs/J1/invites", 403, envelope);
        await using var mcp = await McpHarness.StartInitializedAsync(McpEnv(api, ApiSession.Token));

        var result = await mcp.CallAsync("opentrain_invite_freelancer", new JsonObject { ["jobId"] = "J1", ["freelancerId"] = "maria-g" });
        var cli = await api.RunAsync("jobs", "invite", "J1", "--freelancer-id", "maria-g");

        await Assert.That(result["isError"]!.GetValue<bool>()).IsTrue();
        await Assert.That(result["structuredContent"]!["status"]!.GetValue<int>()).IsEqualTo(403);
        await Assert.That(JsonNode.DeepEquals(result["structuredContent"]!["error"], JsonNode.Parse(envelope))).IsTrue();
        var text = result["content"]![0]!["text"]!.GetValue<string>();
        await Assert.That(text).StartsWith("OpenTrain API request failed (403 FORBIDDEN): Hiring needs a claimed account.");
        // The same error and hint, with the next steps as tool calls where the CLI prints command lines.
        await Assert.That(cli.Stderr).Contains("run 'opentrain auth claim --email <owner-email>', then 'opentrain auth claim-status --wait'.");
        await Assert.That(text).IsEqualTo(cli.Stderr.TrimEnd('\n').Replace("opentrain auth claim --email <owner-email>", "opentrain_claim_account {\"email\":\"<owner-email>\"}", StringComparison.Ordinal)
            .Replace("opentrain auth claim-status --wait", "opentrain_claim_status", StringComparison.Ordinal));
    }

    [Test]
    public async Task A_value_the_clis_validators_reject_is_isError_and_sends_nothing()
    {
        await using var api = await ApiSession.StartAsync();
        await using var mcp = await McpHarness.StartInitializedAsync(McpEnv(api, ApiSession.Token));

        var limit = await mcp.CallAsync("opentrain_list_jobs", new JsonObject { ["limit"] = 500 });
        var topUp = await mcp.CallAsync("opentrain_create_credit_top_up", new JsonObject { ["amountUsd"] = 5 });
        var secret = await mcp.CallAsync("opentrain_revoke_token", new JsonObject { ["tokenId"] = "ot_pat_x" });
        var date = await mcp.CallAsync("opentrain_hire_proposal", new JsonObject
        {
            ["proposalId"] = "P1",
            ["milestone"] = new JsonObject { ["name"] = "M1", ["amount"] = 100, ["dueDate"] = "next week" },
        });

        await Assert.That(limit["isError"]!.GetValue<bool>()).IsTrue();
        await Assert.That(limit["content"]![0]!["text"]!.GetValue<string>()).IsEqualTo("Invalid argument: limit must be between 1 and 100, got 500");
        await Assert.That(topUp["content"]![0]!["text"]!.GetValue<string>()).Contains("amountUsd must be between 10 and 10000");
        await Assert.That(date["content"]![0]!["text"]!.GetValue<string>()).Contains("milestone.dueDate must be a date written YYYY-MM-DD");
        await Assert.That(date["structuredContent"]!["error"]!["code"]!.GetValue<string>()).IsEqualTo("INVALID_ARGUMENT");
        await Assert.That(secret["content"]![0]!["text"]!.GetValue<string>()).Contains("not the token secret");
        await Assert.That(api.Requests).IsEmpty();
    }

    [Test]
    [Arguments("""{"name":"opentrain_hire_proposal","arguments":{"proposalId":"P1","milestone":{"name":"M1","amount":0}}}""", "milestone.amount must be greater than 0, got 0")]
    [Arguments("""{"name":"opentrain_hire_proposal","arguments":{"proposalId":"P1","milestone":{"amount":5}}}""", "milestone.name or milestone.description is required")]
    [Arguments("""{"name":"opentrain_create_milestone","arguments":{"contractId":"C1","description":"d"}}""", "amount or volume is required (on hourly and per-label contracts either one; the other is computed from the contract's rate)")]
    [Arguments("""{"name":"opentrain_create_webhook","arguments":{"url":"http://example.com/h","eventTypes":["payment.pending"]}}""", "url must use https:// (plain http:// is accepted only for localhost and loopback addresses), got 'http://example.com/h'")]
    [Arguments("""{"name":"opentrain_create_webhook","arguments":{"url":"https://example.com/h","eventTypes":["x","y"]}}""", "unknown event types 'x', 'y'; valid types: ")]
    [Arguments("""{"name":"opentrain_update_job_draft_fields","arguments":{"jobId":"J1","fields":{}}}""", "at least one key in fields is required")]
    [Arguments("""{"name":"opentrain_get_proposal","arguments":{"proposalId":".."}}""", "proposalId '..' is not a valid id")]
    [Arguments("""{"name":"opentrain_get_job","arguments":{"jobId":"JJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJJ"}}""", "jobId must be at most 64 characters, got 65")]
    public async Task The_commands_validator_names_the_tools_arguments(string call, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await using var mcp = await McpHarness.StartInitializedAsync(McpEnv(api, ApiSession.Token));
        var request = JsonNode.Parse(call)!.AsObject();

        var result = await mcp.CallAsync(request["name"]!.GetValue<string>(), request["arguments"]!.AsObject().DeepClone().AsObject());

        await Assert.That(result["structuredContent"]!["error"]!["code"]!.GetValue<string>()).IsEqualTo("INVALID_ARGUMENT");
        await Assert.That(result["content"]![0]!["text"]!.GetValue<string>()).StartsWith($"Invalid argument: {message}");
        await Assert.That(api.Requests).IsEmpty();
    }

    /// <summary>Issue #25 item 5: the tool runs the command's operation, so it prices the milestone from the contract too.</summary>
    [Test]
    public async Task Create_milestone_prices_a_per_label_milestone_from_the_contract_like_the_cli()
    {
        const string contract = """{"contract":{"id":"C1","paymentType":"PAY_PER_LABEL","rateUsd":0.06}}""";
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/C1", 200, contract)
            .Reply("POST", "/contracts/C1/milestones", 201, """{"milestone":{"id":"M2","description":"d","status":"NOT_FUNDED","amountUsd":180,"volume":3000,"milestoneNumber":2}}""")
            .Reply("GET", "/contracts/C1", 200, contract);
        await using var mcp = await McpHarness.StartInitializedAsync(McpEnv(api, ApiSession.Token));

        var created = await mcp.CallAsync("opentrain_create_milestone", new JsonObject { ["contractId"] = "C1", ["description"] = "d", ["amount"] = 180 });
        var disagree = await mcp.CallAsync("opentrain_create_milestone", new JsonObject { ["contractId"] = "C1", ["description"] = "d", ["amount"] = 200, ["volume"] = 3000 });

        await Assert.That(created["isError"]!.GetValue<bool>()).IsFalse();
        await Assert.That(created["content"]![0]!["text"]!.GetValue<string>()).Contains("Volume 3,000 labels computed from amount $180.00 at the contract's rate of $0.06 per label.");
        await Assert.That(api.Requests[1].Body).IsEqualTo("""{"description":"d","volume":3000}""");
        await Assert.That(disagree["content"]![0]!["text"]!.GetValue<string>()).IsEqualTo(
            "Invalid argument: amount 200 and volume 3000 disagree: 3,000 labels at the contract's rate of $0.06 per label is $180.00; give one of them, or both agreeing within a cent");
        await Assert.That(api.Requests.Select(r => r.Method)).IsEquivalentTo(new[] { "GET", "POST", "GET" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await api.Server.AssertAllUsed();
    }

    [Test]
    public async Task The_environment_token_wins_over_the_saved_one_and_the_clis_variables_are_ignored()
    {
        await using var api = await ApiSession.StartAsync();
        for (var i = 0; i < 3; i++) api.Reply("GET", "/auth/me", 200, Fixtures.Me);
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}","baseUrl":"{{api.Server.BaseUrl}}"}""");

        await using (var saved = await McpHarness.StartInitializedAsync(env.Variables))
            await saved.CallAsync("opentrain_auth_status");
        env.With("OT_API_TOKEN", "ot_pat_cli_variable_not_used_by_mcp");
        await using (var cliVariable = await McpHarness.StartInitializedAsync(env.Variables))
            await cliVariable.CallAsync("opentrain_auth_status");
        env.With("OPENTRAIN_PERSONAL_API_TOKEN", Fixtures.PostClaimToken);
        await using (var fromEnv = await McpHarness.StartInitializedAsync(env.Variables))
            await fromEnv.CallAsync("opentrain_auth_status");

        var tokens = api.Requests.Select(r => r.Header("Authorization") ?? "").ToList();
        await Assert.That(tokens).IsEquivalentTo(new[] { $"Bearer {Fixtures.PreClaimToken}", $"Bearer {Fixtures.PreClaimToken}", $"Bearer {Fixtures.PostClaimToken}" });
    }

    [Test]
    public async Task The_environment_token_is_used_without_reading_a_broken_credentials_file()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/auth/me", 200, Fixtures.Me);
        using var env = new TestEnvironment();
        env.WriteCredentials("not json");
        env.With("OPENTRAIN_PERSONAL_API_TOKEN", ApiSession.Token).With("OPENTRAIN_API_BASE_URL", api.Server.BaseUrl);
        await using var mcp = await McpHarness.StartInitializedAsync(env.Variables);

        var result = await mcp.CallAsync("opentrain_auth_status");

        await Assert.That(result["isError"]!.GetValue<bool>()).IsFalse();
        await Assert.That(result["content"]![0]!["text"]!.GetValue<string>()).Contains($"API:      {api.Server.BaseUrl}");
    }

    [Test]
    public async Task Without_a_token_only_onboarding_tools_work()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs", 200, """{"jobs":[],"nextCursor":null}""");
        await using var mcp = await McpHarness.StartInitializedAsync(McpEnv(api, token: null));

        var credits = await mcp.CallAsync("opentrain_get_credits");
        var search = await mcp.CallAsync("opentrain_search_jobs", new JsonObject { ["q"] = "spanish" });

        await Assert.That(credits["isError"]!.GetValue<bool>()).IsTrue();
        await Assert.That(credits["structuredContent"]!["error"]!["code"]!.GetValue<string>()).IsEqualTo("NOT_LOGGED_IN");
        await Assert.That(credits["content"]![0]!["text"]!.GetValue<string>()).Contains("opentrain_register_agent");
        await Assert.That(search["isError"]!.GetValue<bool>()).IsFalse();
        var request = await api.SingleRequestAsync();
        await Assert.That(request.Path).IsEqualTo("/api/public/v1/jobs");
        await Assert.That(request.Header("Authorization")).IsNull();
    }

    [Test]
    public async Task A_claim_poll_that_came_too_early_says_so_and_the_description_names_the_scopes_claiming_does_not_give()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        api.On("POST", "/api/agent/oauth/token", 400, Fixtures.OAuthError("slow_down"));
        using var env = new TestEnvironment();
        env.With("OPENTRAIN_API_BASE_URL", api.Server.BaseUrl);
        await using var mcp = await McpHarness.StartInitializedAsync(env.Variables);

        var result = await mcp.CallAsync("opentrain_claim_status", new JsonObject { ["claimToken"] = Fixtures.ClaimToken });
        var tools = await mcp.RequestAsync("tools/list");

        await Assert.That(result["isError"]!.GetValue<bool>()).IsFalse();
        await Assert.That(result["structuredContent"]!["status"]!.GetValue<string>()).IsEqualTo("pending");
        await Assert.That(result["structuredContent"]!["error"]!.GetValue<string>()).IsEqualTo("slow_down");
        await Assert.That(result["content"]![0]!["text"]!.GetValue<string>()).Contains("came too early (slow_down): wait at least 10 seconds");
        var description = tools["result"]!["tools"]!.AsArray().Single(t => t!["name"]!.GetValue<string>() == "opentrain_claim_status")!["description"]!.GetValue<string>();
        await Assert.That(description).Contains("but not payments:write or webhooks:manage");
        await Assert.That(description).DoesNotContain("every scope");
    }

    [Test]
    public async Task Register_claim_and_claim_status_share_the_credentials_file_and_never_return_a_secret()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        api.On("POST", "/api/agent/identity", 200, Fixtures.Registered)
            .On("POST", "/api/agent/identity/claim", 200, Fixtures.ClaimStarted)
            .On("POST", "/api/agent/oauth/token", 400, Fixtures.OAuthError("authorization_pending"))
            .On("POST", "/api/agent/oauth/token", 200, Fixtures.Claimed);
        using var env = new TestEnvironment();
        env.With("OPENTRAIN_API_BASE_URL", api.Server.BaseUrl).With("OPENTRAIN_PERSONAL_API_TOKEN", "ot_pat_envonly_0123456789abcdef");
        await using var mcp = await McpHarness.StartInitializedAsync(env.Variables);
        mcp.ShowsClaimUri = true;

        var registered = await mcp.CallAsync("opentrain_register_agent", new JsonObject { ["agentName"] = "Bot", ["organizationName"] = "Acme" });
        var again = await mcp.CallAsync("opentrain_register_agent");
        var claim = await mcp.CallAsync("opentrain_claim_account", new JsonObject { ["email"] = "owner@example.com" });
        var pending = await mcp.CallAsync("opentrain_claim_status");
        var afterRegister = JsonNode.Parse(env.ReadCredentials()!)!;
        var claimed = await mcp.CallAsync("opentrain_claim_status");

        await Assert.That(registered["structuredContent"]!["status"]!.GetValue<string>()).IsEqualTo("registered");
        await Assert.That(registered["structuredContent"]!["tokenPreview"]!.GetValue<string>()).IsEqualTo("ot_pat_pre1…6789");
        await Assert.That(registered["content"]![0]!["text"]!.GetValue<string>()).Contains("OPENTRAIN_PERSONAL_API_TOKEN is set");
        await Assert.That(again["isError"]!.GetValue<bool>()).IsTrue();
        await Assert.That(again["content"]![0]!["text"]!.GetValue<string>()).Contains("force: true");
        await Assert.That(afterRegister["apiToken"]!.GetValue<string>()).IsEqualTo(Fixtures.PreClaimToken);
        await Assert.That(claim["structuredContent"]!["userCode"]!.GetValue<string>()).IsEqualTo("439218");
        await Assert.That(api.Requests[1].Body).IsEqualTo($$"""{"claim_token":"{{Fixtures.ClaimToken}}","email":"owner@example.com"}""");
        await Assert.That(pending["structuredContent"]!["status"]!.GetValue<string>()).IsEqualTo("pending");
        await Assert.That(claimed["structuredContent"]!["status"]!.GetValue<string>()).IsEqualTo("claimed");
        var saved = JsonNode.Parse(env.ReadCredentials()!)!;
        await Assert.That(saved["apiToken"]!.GetValue<string>()).IsEqualTo(Fixtures.PostClaimToken);
        await Assert.That(saved["claimToken"]).IsNull();
        var all = string.Join('\n', mcp.StdoutLines);
        foreach (var secret in new[] { Fixtures.PreClaimToken, Fixtures.PostClaimToken, Fixtures.ClaimToken })
            await Assert.That(all).DoesNotContain(secret);
    }

    [Test]
    public async Task Control_characters_from_the_api_never_reach_the_summary()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs/mine", 200, Jobs.Replace("Spanish Sentiment Labeling", "Evil\\u001b[31m\\r title", StringComparison.Ordinal));
        await using var mcp = await McpHarness.StartInitializedAsync(McpEnv(api, ApiSession.Token));

        var text = (await mcp.CallAsync("opentrain_list_jobs"))["content"]![0]!["text"]!.GetValue<string>();

        await Assert.That(text.Where(c => char.IsControl(c) && c != '\n')).IsEmpty();
    }
}
