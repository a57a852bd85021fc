using System.Text.Json.Nodes;
using OpenTrain.Mcp;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Mcp;

/// <summary>The JSON-RPC and MCP protocol layer of <c>opentrain mcp</c>, driven line by line in-process.</summary>
public class McpProtocolTests
{
    private static readonly Dictionary<string, string> NoCredentials = new() { ["XDG_CONFIG_HOME"] = "/nonexistent/opentrain-mcp-test" };

    internal static readonly string[] OfficialTools =
    [
        "register_agent", "claim_account", "claim_status", "auth_status", "capabilities",
        "create_job_draft", "update_job_draft_fields", "publish_job", "update_published_job", "close_job", "list_jobs", "search_jobs",
        "list_proposals", "get_proposal", "get_freelancer_profile", "invite_freelancer", "hire_proposal",
        "read_messages", "send_message", "start_proposal_conversation",
        "list_contracts", "get_contract", "create_milestone", "request_milestone_funding", "request_milestone_approval", "get_approval", "end_contract",
        "get_credits", "list_credit_ledger", "create_credit_top_up", "get_credit_top_up",
        "poll_updates",
        "create_webhook", "list_webhooks", "get_webhook", "delete_webhook",
        "list_tokens", "revoke_token",
        "get_team", "invite_team_member",
        "list_pending_payments",
    ];

    /// <summary>
    /// Every tool <c>tools/list</c> must show: the catalog's (its official part is checked against the
    /// official server's list above; whatever else it holds is marked extra).
    /// </summary>
    internal static IReadOnlyList<string> AllTools => [.. ToolCatalog.Default.Tools.Select(t => t.Name)];

    [Test]
    [Arguments("2024-11-05")]
    [Arguments("2025-03-26")]
    [Arguments("2025-06-18")]
    [Arguments("2025-11-25")]
    public async Task Initialize_answers_the_clients_protocol_version_when_supported(string version)
    {
        await using var mcp = McpHarness.Start(NoCredentials);
        var response = await mcp.RequestAsync("initialize", Initialize(version));
        var result = response["result"]!;
        await Assert.That(result["protocolVersion"]!.GetValue<string>()).IsEqualTo(version);
        await Assert.That(result["serverInfo"]!["name"]!.GetValue<string>()).IsEqualTo("opentrain");
        await Assert.That(result["serverInfo"]!["version"]!.GetValue<string>()).IsEqualTo(OpenTrain.BuildInfo.Version);
        await Assert.That(result["capabilities"]!["tools"]).IsNotNull();
        await Assert.That(result["instructions"]!.GetValue<string>()).Contains("opentrain_register_agent");
    }

    [Test]
    public async Task Initialize_answers_the_newest_version_for_an_unknown_one_and_rejects_a_missing_one()
    {
        await using var mcp = McpHarness.Start(NoCredentials);
        var unknown = await mcp.RequestAsync("initialize", Initialize("1999-01-01"));
        await Assert.That(unknown["result"]!["protocolVersion"]!.GetValue<string>()).IsEqualTo("2025-11-25");
        var missing = await mcp.RequestAsync("initialize", new JsonObject());
        await Assert.That(missing["error"]!["code"]!.GetValue<int>()).IsEqualTo(-32602);
    }

    [Test]
    public async Task Tools_list_has_the_official_servers_tools_plus_the_extras_with_input_schemas()
    {
        await using var mcp = await McpHarness.StartInitializedAsync(NoCredentials);
        var tools = (await mcp.RequestAsync("tools/list"))["result"]!["tools"]!.AsArray().Select(t => t!.AsObject()).ToList();

        await Assert.That(tools.Select(t => t["name"]!.GetValue<string>()).ToList())
            .IsEquivalentTo(AllTools);
        foreach (var tool in tools)
        {
            var schema = tool["inputSchema"]!.AsObject();
            await Assert.That(schema["type"]!.GetValue<string>()).IsEqualTo("object");
            await Assert.That(tool["description"]!.GetValue<string>().Length).IsGreaterThan(40);
            var properties = schema["properties"]!.AsObject();
            foreach (var property in properties)
                await Assert.That(property.Value!["description"]?.GetValue<string>()).IsNotNull();
            foreach (var required in schema["required"]?.AsArray() ?? [])
                await Assert.That(properties.ContainsKey(required!.GetValue<string>())).IsTrue();
        }
        var create = tools.Single(t => t["name"]!.GetValue<string>() == "opentrain_create_job_draft")["inputSchema"]!;
        await Assert.That(create["properties"]!.AsObject().Select(p => p.Key).ToList()).IsEquivalentTo(new[] { "jobDescription", "externalId", "idempotencyKey" });
        var register = tools.Single(t => t["name"]!.GetValue<string>() == "opentrain_register_agent");
        await Assert.That(register["inputSchema"]!["properties"]!.AsObject().Select(p => p.Key).ToList()).IsEquivalentTo(new[] { "agentName", "organizationName", "force" });
        await Assert.That(register["description"]!.GetValue<string>()).Contains("opentrain_claim_account");
    }

    [Test]
    public async Task Every_tool_declares_an_object_output_schema_from_its_contract()
    {
        await using var mcp = await McpHarness.StartInitializedAsync(NoCredentials);
        var tools = (await mcp.RequestAsync("tools/list"))["result"]!["tools"]!.AsArray().Select(t => t!.AsObject()).ToList();

        await Assert.That(tools.Where(t => t["outputSchema"]?["type"]?.GetValue<string>() != "object").Select(t => t["name"]!.GetValue<string>())).IsEmpty();
        JsonNode? Output(string name) => tools.Single(t => t["name"]!.GetValue<string>() == name)["outputSchema"];
        // An API-backed tool: the response contract's properties, nullable ones typed with null, arrays with their items.
        await Assert.That(Output("opentrain_list_jobs")!.ToJsonString()).Contains(
            "\"jobs\":{\"type\":[\"array\",\"null\"],\"items\":{\"type\":\"object\",\"properties\":{\"id\":{\"type\":[\"string\",\"null\"]}");
        await Assert.That(Output("opentrain_list_jobs")!["anyOf"]![0]!["properties"]!["nextCursor"]!.ToJsonString()).IsEqualTo("{\"type\":[\"string\",\"null\"]}");
        // A local tool: its own result's properties; the other branch is an error result's shape (clients validate those too).
        await Assert.That(Output("opentrain_verify_webhook_signature")!.ToJsonString()).IsEqualTo(
            "{\"type\":\"object\",\"anyOf\":[{\"properties\":{\"valid\":{\"type\":\"boolean\"},\"timestamp\":{\"type\":\"integer\"},\"ageSeconds\":{\"type\":\"integer\"}}," +
            "\"description\":\"A successful result: the response as sent.\"},{\"description\":\"An error result (isError): the HTTP status, when a request was made, and the error as the API sent it.\"," +
            "\"properties\":{\"status\":{\"type\":\"integer\"},\"error\":{}},\"required\":[\"error\"]}]}");
        // The raw escape hatch returns any object.
        await Assert.That(Output("opentrain_api")!.ToJsonString()).IsEqualTo("{\"type\":\"object\"}");
    }

    [Test]
    public async Task Ping_is_answered_with_an_empty_result()
    {
        await using var mcp = McpHarness.Start(NoCredentials);
        var response = await mcp.RequestAsync("ping");
        await Assert.That(response["result"]!.ToJsonString()).IsEqualTo("{}");
    }

    [Test]
    public async Task Malformed_messages_get_the_json_rpc_error_codes()
    {
        await using var mcp = McpHarness.Start(NoCredentials);
        mcp.Send("{not json");
        var parse = await mcp.ResponseAsync(m => m["error"]?["code"]?.GetValue<int>() == -32700, "-32700");
        await Assert.That(parse.ContainsKey("id")).IsTrue();
        await Assert.That(parse["id"]).IsNull();

        mcp.Send("""[{"jsonrpc":"2.0","id":1,"method":"ping"}]""");
        var batch = await mcp.ResponseAsync(m => m["error"]?["code"]?.GetValue<int>() == -32600, "-32600 for a batch");
        await Assert.That(batch["error"]!["message"]!.GetValue<string>()).Contains("batch");

        mcp.Send("""{"jsonrpc":"1.0","id":"v1","method":"ping"}""");
        var version = await mcp.ResponseAsync(m => m["id"]?.GetValue<string>() == "v1", "id v1");
        await Assert.That(version["error"]!["code"]!.GetValue<int>()).IsEqualTo(-32600);

        var unknown = await mcp.RequestAsync("resources/list");
        await Assert.That(unknown["error"]!["code"]!.GetValue<int>()).IsEqualTo(-32601);
    }

    [Test]
    [Arguments("""{"name":"opentrain_nope"}""", "Unknown tool: opentrain_nope")]
    [Arguments("""{"arguments":{}}""", "params.name")]
    [Arguments("""{"name":"opentrain_get_proposal","arguments":{}}""", "missing required argument 'proposalId'")]
    [Arguments("""{"name":"opentrain_list_jobs","arguments":{"limit":"ten"}}""", "argument 'limit' must be an integer")]
    [Arguments("""{"name":"opentrain_list_jobs","arguments":{"jobId":"J1"}}""", "unknown argument 'jobId'")]
    [Arguments("""{"name":"opentrain_hire_proposal","arguments":{"proposalId":"P1","milestone":{"name":"M1"}}}""", "missing required argument 'milestone.amount'")]
    [Arguments("""{"name":"opentrain_get_credits","arguments":[1]}""", "arguments must be an object")]
    public async Task Schema_problems_in_tools_call_are_invalid_params(string parameters, string message)
    {
        await using var mcp = await McpHarness.StartInitializedAsync(NoCredentials);
        var response = await mcp.RequestAsync("tools/call", JsonNode.Parse(parameters));
        await Assert.That(response["error"]!["code"]!.GetValue<int>()).IsEqualTo(-32602);
        await Assert.That(response["error"]!["message"]!.GetValue<string>()).Contains(message);
    }

    [Test]
    public async Task A_long_call_does_not_block_other_requests_and_notifications_cancelled_stops_it()
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.On("GET", "/api/public/v1/jobs/mine", new StubResponse(200, """{"jobs":[],"nextCursor":null}""") { Delay = TimeSpan.FromSeconds(30) });
        await using var mcp = await McpHarness.StartInitializedAsync(McpEnv(api, token: ApiSession.Token));

        var started = DateTime.UtcNow;
        var slow = mcp.SendRequest("tools/call", new JsonObject { ["name"] = "opentrain_list_jobs", ["arguments"] = new JsonObject() });
        await WaitForAsync(() => api.Requests.Count == 1);
        var ping = await mcp.RequestAsync("ping");
        await Assert.That(ping["result"]).IsNotNull();
        var list = await mcp.RequestAsync("tools/list");
        await Assert.That(list["result"]!["tools"]!.AsArray().Count).IsEqualTo(AllTools.Count);

        mcp.Send($$$"""{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":{{{slow}}},"reason":"user gave up"}}""");
        await Assert.That(await mcp.CloseAsync()).IsEqualTo(0);
        await Assert.That(DateTime.UtcNow - started).IsLessThan(TimeSpan.FromSeconds(15));
        // A cancelled request gets no response at all.
        await Assert.That(mcp.StdoutLines.Any(l => JsonNode.Parse(l)!["id"]?.ToJsonString() == slow.ToString())).IsFalse();
    }

    [Test]
    public async Task End_of_input_waits_for_running_calls_to_answer_then_exits_0()
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.On("GET", "/api/public/v1/credits", new StubResponse(200, """{"credits":{"availableCents":500,"reservedCents":0,"currency":"usd"}}""") { Delay = TimeSpan.FromMilliseconds(300) });
        await using var mcp = McpHarness.Start(McpEnv(api, token: ApiSession.Token));
        var id = mcp.SendRequest("tools/call", new JsonObject { ["name"] = "opentrain_get_credits" });

        await Assert.That(await mcp.CloseAsync()).IsEqualTo(0);
        var response = await mcp.ResponseAsync(id);
        await Assert.That(response["result"]!["isError"]!.GetValue<bool>()).IsFalse();
    }

    [Test]
    public async Task A_signal_stops_the_server_promptly_even_with_a_call_running()
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.On("GET", "/api/public/v1/credits", new StubResponse(200, "{}") { Delay = TimeSpan.FromSeconds(30) });
        await using var mcp = McpHarness.Start(McpEnv(api, token: ApiSession.Token));
        mcp.SendRequest("tools/call", new JsonObject { ["name"] = "opentrain_get_credits" });
        await WaitForAsync(() => api.Requests.Count == 1);

        mcp.Interrupt();
        await mcp.Run.WaitAsync(TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task Stdout_carries_only_protocol_messages_and_warnings_go_to_stderr()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/auth/me", 200, Fixtures.Me);
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{ApiSession.Token}}","baseUrl":"{{api.Server.BaseUrl}}"}""");
        File.SetUnixFileMode(env.CredentialsPath, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        await using var mcp = await McpHarness.StartInitializedAsync(env.Variables);

        await mcp.CallAsync("opentrain_auth_status");
        mcp.Send("oops");
        await mcp.ResponseAsync(m => m["error"] is not null, "the parse error");
        await mcp.CallAsync("opentrain_get_proposal", new JsonObject { ["proposalId"] = "P1" });
        await Assert.That(await mcp.CloseAsync()).IsEqualTo(0);

        await Assert.That(mcp.Stderr).Contains("its mode is now 600");
        foreach (var line in mcp.StdoutLines)
        {
            var message = JsonNode.Parse(line)!.AsObject();
            await Assert.That(message["jsonrpc"]!.GetValue<string>()).IsEqualTo("2.0");
            await Assert.That(message.ContainsKey("result") ^ message.ContainsKey("error")).IsTrue();
        }
    }

    [Test]
    public async Task Help_and_extra_arguments()
    {
        var help = await CliRunner.RunAsync(["mcp", "--help"]);
        await Assert.That(help.ExitCode).IsEqualTo(0);
        await Assert.That(help.Stdout).Contains("claude mcp add opentrain -- opentrain mcp");
        await Assert.That((await CliRunner.RunAsync(["help", "mcp"])).Stdout).IsEqualTo(help.Stdout);
        await Assert.That(help.Stdout).Contains($"the same {ToolCatalog.Default.Official.Count} tools,\nplus {ToolCatalog.Default.Extras.Count} for what the CLI wraps beyond it");
        var extra = await CliRunner.RunAsync(["mcp", "--stdio"]);
        await Assert.That(extra.ExitCode).IsEqualTo(1);
        await Assert.That(extra.Stdout).IsEmpty();
        await Assert.That(extra.Stderr).IsEqualTo("Usage error: unknown flag '--stdio': 'opentrain mcp' takes no arguments. Run 'opentrain mcp --help'.\n");
        await Assert.That((await CliRunner.RunAsync(["--help"])).Stdout).Contains("  mcp ");
    }

    [Test]
    public async Task A_usage_error_with_json_prints_the_failure_document_like_every_command()
    {
        var result = await CliRunner.RunAsync(["mcp", "extra", "--json"]);

        await AssertExtraArgument(result, json: true);
        var failure = JsonNode.Parse(result.Stdout)!.AsObject();
        await Assert.That(failure["code"]!.GetValue<string>()).IsEqualTo("USAGE_ERROR");
        await Assert.That(failure["error"]!.GetValue<string>()).IsEqualTo(ExtraArgument);
        await AssertExtraArgument(await CliRunner.RunAsync(["mcp", "extra"]), json: false);
    }

    [Test]
    [Arguments(true)]
    [Arguments(false)]
    public async Task The_published_binary_reports_an_extra_argument_through_the_one_renderer(bool json)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await AssertExtraArgument(await PublishedBinary.RunAsync(json ? ["mcp", "extra", "--json"] : ["mcp", "extra"], NoCredentials), json);
    }

    private const string ExtraArgument = "unknown argument 'extra': 'opentrain mcp' takes no arguments. Run 'opentrain mcp --help'.";

    /// <summary>Exit 1, the usage error on stderr, and on stdout the failure document with --json, else nothing.</summary>
    private static async Task AssertExtraArgument(CliResult result, bool json)
    {
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo($"Usage error: {ExtraArgument}\n");
        await Assert.That(result.Stdout).IsEqualTo(json ? $"{{\n  \"error\": \"{ExtraArgument}\",\n  \"code\": \"USAGE_ERROR\"\n}}\n" : "");
    }

    [Test]
    public async Task The_official_tools_are_exactly_the_official_servers_and_the_rest_are_marked_extra()
    {
        await Assert.That(ToolCatalog.Default.Official.Select(t => t.Name)).IsEquivalentTo(OfficialTools.Select(n => "opentrain_" + n));
        await Assert.That(ToolCatalog.Default.Extras.Select(t => t.Name)).IsEquivalentTo(AllTools.Except(OfficialTools.Select(n => "opentrain_" + n)));
    }

    internal static JsonObject Initialize(string version) => new()
    {
        ["protocolVersion"] = version,
        ["capabilities"] = new JsonObject(),
        ["clientInfo"] = new JsonObject { ["name"] = "test", ["version"] = "1" },
    };

    internal static Dictionary<string, string> McpEnv(ApiSession api, string? token)
    {
        var env = new Dictionary<string, string>
        {
            ["XDG_CONFIG_HOME"] = "/nonexistent/opentrain-mcp-test",
            ["OPENTRAIN_API_BASE_URL"] = api.Server.BaseUrl,
        };
        if (token is not null) env["OPENTRAIN_PERSONAL_API_TOKEN"] = token;
        return env;
    }

    internal static async Task WaitForAsync(Func<bool> condition)
    {
        for (var i = 0; i < 400 && !condition(); i++) await Task.Delay(25);
        if (!condition()) throw new TimeoutException("condition not met in 10 s");
    }
}
