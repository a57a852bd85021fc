using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Mcp;

/// <summary>
/// Issue #24: hostile bytes on the stdio channel of the real published binary. After each kind of bad
/// input the server must answer the next well-formed request, never write anything but JSON-RPC
/// responses to stdout, never write to stderr (no exception type name, no stack trace), and exit 0 at
/// end of input. The cases and what they prove are listed in docs/reliability.md.
/// </summary>
public class McpStdioFuzzTests
{
    private const string Ping = """{"jsonrpc":"2.0","id":1,"method":"ping"}""";

    private static async Task<McpStdioProcess> StartAsync(string? initialize = "2025-06-18", IReadOnlyDictionary<string, string>? env = null)
    {
        if (PublishedBinary.Path is null) Skip.Test(McpStdioProcess.SkipReason);
        return await McpStdioProcess.StartAsync(initialize, env);
    }

    private static async Task AssertError(JsonNode message, int code, string? id = "null", string? contains = null)
    {
        await Assert.That(message["error"]?["code"]?.GetValue<int>()).IsEqualTo(code);
        if (id is not null) await Assert.That(McpStdioProcess.IdOf(message)).IsEqualTo(id);
        if (contains is not null) await Assert.That(message["error"]!["message"]!.GetValue<string>()).Contains(contains);
    }

    [Test]
    public async Task Truncated_json_at_every_cut_is_a_parse_error_and_the_next_request_is_answered()
    {
        await using var mcp = await StartAsync();
        const string request = """{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"opentrain_get_credits","arguments":{"x":[1,2.5,"é",null,true]}}}""";
        for (var cut = 1; cut < request.Length; cut++) await mcp.SendLineAsync(request[..cut]);
        for (var cut = 1; cut < request.Length; cut++)
            await AssertError(await mcp.NextAsync(), -32700, contains: "Parse error");
        await mcp.AssertAnswersPingNextAsync("every truncation");

        // A message cut by end of input (no newline) is still answered before the exit.
        await mcp.SendAsync("""{"jsonrpc":"2.0","id":9,"method":"pi""");
        mcp.CloseStdin();
        await AssertError(await mcp.NextAsync(), -32700);
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Invalid_utf8_is_a_parse_error_and_never_turns_the_stream_into_utf16()
    {
        // FF FE first: a StreamReader took it for a UTF-16 byte-order mark and garbled every later message.
        await using var mcp = await StartAsync(initialize: null);
        await mcp.SendAsync([0xFF, 0xFE, .. Encoding.UTF8.GetBytes(Ping + "\n")]);
        await AssertError(await mcp.NextAsync(), -32700, contains: "not valid UTF-8");
        byte[][] bad =
        [
            [0xFF],
            [0xFE, 0xFF, .. "{}"u8],
            [.. """{"jsonrpc":"2.0","id":2,"method":"pi"""u8, 0xFF, .. "ng\"}"u8],
            [.. """{"jsonrpc":"2.0","id":2,"method":"""u8, 0xC0, 0x80, .. "\"}"u8],         // overlong NUL
            [.. """{"jsonrpc":"2.0","id":2,"method":"""u8, 0xED, 0xA0, 0x80, .. "\"}"u8],   // an encoded surrogate
            [.. """{"jsonrpc":"2.0","id":2,"method":"""u8, 0xE2, 0x82, .. "\"}"u8],         // a sequence cut short
            [.. """{"jsonrpc":"2.0","id":2,"method":"""u8, 0xF8, 0x88, 0x80, 0x80, 0x80, .. "\"}"u8],
            [.. """{"jsonrpc":"2.0","id":"""u8, 0x80, .. ""","method":"ping"}"""u8],
            [.. """{"jsonrpc":"2.0","id":2,"method":"ping"}"""u8, 0xC3],
        ];
        foreach (var line in bad) await mcp.SendAsync([.. line, (byte)'\n']);
        foreach (var _ in bad) await AssertError(await mcp.NextAsync(), -32700, contains: "not valid UTF-8");
        await mcp.AssertAnswersPingNextAsync("invalid UTF-8");
        var unicode = await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":"日本語 é","method":"ping"}""");
        await Assert.That(unicode["id"]!.GetValue<string>()).IsEqualTo("日本語 é");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Nul_bytes_are_parse_errors()
    {
        await using var mcp = await StartAsync();
        string[] lines =
        [
            "\0",
            "\0\0\0\0",
            """{"jsonrpc":"2.0","id":1,"method":"ping""" + "\0\"}",
            Ping + "\0",
            "\0" + Ping,
            "{\"jsonrpc\":\"2.0\",\0\"id\":1,\"method\":\"ping\"}",
        ];
        foreach (var line in lines) await mcp.SendLineAsync(line);
        foreach (var _ in lines) await AssertError(await mcp.NextAsync(), -32700, contains: "not valid JSON");
        // An escaped NUL is a valid string: an unknown method, answered as valid JSON.
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":3,"method":"ping\u0000"}"""), -32601, id: "3");
        await mcp.AssertAnswersPingNextAsync("NUL bytes");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task A_byte_order_mark_at_the_start_of_a_message_is_ignored()
    {
        await using var mcp = await StartAsync(initialize: null);
        var initialize = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = McpProtocolTests.Initialize("2025-06-18") };
        await mcp.SendAsync([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(initialize.ToJsonString() + "\n")]);
        var answer = await mcp.NextAsync();
        await Assert.That(answer["result"]!["protocolVersion"]!.GetValue<string>()).IsEqualTo("2025-06-18");
        await mcp.SendAsync([0xEF, 0xBB, 0xBF, (byte)'\n']);                                  // a mark alone: an empty message
        await mcp.SendAsync([0xEF, 0xBB, 0xBF, .. """{"jsonrpc":"2.0","id":2,"method":"ping"}"""u8, (byte)'\n']);
        await Assert.That((await mcp.NextAsync())["id"]!.GetValue<int>()).IsEqualTo(2);
        await mcp.AssertAnswersPingNextAsync("byte-order marks");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Crlf_line_endings_and_blank_lines_are_accepted()
    {
        await using var mcp = await StartAsync(initialize: null);
        var initialize = new JsonObject { ["jsonrpc"] = "2.0", ["id"] = 1, ["method"] = "initialize", ["params"] = McpProtocolTests.Initialize("2025-11-25") };
        await mcp.SendAsync(initialize.ToJsonString() + "\r\n\r\n   \r\n\t\r\n");
        await Assert.That((await mcp.NextAsync())["result"]!["protocolVersion"]!.GetValue<string>()).IsEqualTo("2025-11-25");
        await mcp.SendAsync("""{"jsonrpc":"2.0","method":"notifications/initialized"}""" + "\r\n" + """{"jsonrpc":"2.0","id":2,"method":"tools/list"}""" + "\r\n\r" + Ping + "\r\n");
        await Assert.That((await mcp.NextAsync())["result"]!["tools"]!.AsArray().Count).IsEqualTo(McpProtocolTests.AllTools.Count);
        await Assert.That((await mcp.NextAsync())["id"]!.GetValue<int>()).IsEqualTo(1);
        await mcp.AssertAnswersPingNextAsync("CRLF line endings");
        await mcp.FinishAsync();
    }

    private const string Batch = """[{"jsonrpc":"2.0","id":1,"method":"ping"},{"jsonrpc":"2.0","id":2,"method":"tools/list"}]""";

    [Test]
    [Arguments(null)]
    [Arguments("2024-11-05")]
    [Arguments("2025-06-18")]
    [Arguments("2025-11-25")]
    public async Task A_batch_is_refused_whole_unless_2025_03_26_was_negotiated(string? version)
    {
        await using var mcp = await StartAsync(initialize: version);
        var refused = await mcp.NextAfterAsync(Batch);
        await Assert.That(refused is JsonObject).IsTrue();
        await AssertError(refused, -32600, contains: "batch");
        await AssertError(await mcp.NextAfterAsync("[]"), -32600);
        await mcp.AssertAnswersPingNextAsync("a refused batch (none of its requests ran)");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Under_2025_03_26_a_batch_is_answered_as_one_array()
    {
        await using var mcp = await StartAsync(initialize: "2025-03-26");
        var batch = await mcp.NextAfterAsync("""
            [{"jsonrpc":"2.0","id":1,"method":"ping"},
             {"jsonrpc":"2.0","method":"notifications/initialized"},
             {"jsonrpc":"2.0","id":"b","method":"tools/list"},
             {"jsonrpc":"2.0","id":3,"method":"resources/list"},
             5,
             {"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"opentrain_get_proposal","arguments":{"proposalId":"P1"}}},
             {"jsonrpc":"2.0","id":99,"result":{}},
             {"jsonrpc":"2.0","id":6,"method":"initialize","params":{"protocolVersion":"2025-03-26"}},
             {"jsonrpc":"2.0","id":7,"method":"ping","id":8}]
            """.ReplaceLineEndings(""));
        var answers = batch.AsArray().Select(a => a!).ToList();
        await Assert.That(answers.Select(McpStdioProcess.IdOf).Order().ToList())
            .IsEquivalentTo(new[] { "\"b\"", "1", "3", "4", "6", "null", "null" }.Order().ToList());
        JsonNode ById(string id) => answers.First(a => McpStdioProcess.IdOf(a) == id);
        await Assert.That(ById("1")["result"]!.ToJsonString()).IsEqualTo("{}");
        await Assert.That(ById("\"b\"")["result"]!["tools"]!.AsArray().Count).IsEqualTo(McpProtocolTests.AllTools.Count);
        await AssertError(ById("3"), -32601, id: "3");
        await Assert.That(ById("4")["result"]!["isError"]!.GetValue<bool>()).IsTrue();   // no token: a tool error
        await AssertError(ById("6"), -32600, id: "6", contains: "initialize must not be part of a batch");

        await AssertError(await mcp.NextAfterAsync("[]"), -32600, contains: "empty batch");
        var junk = await mcp.NextAfterAsync("[1,2]");
        await Assert.That(junk.AsArray().Count).IsEqualTo(2);
        foreach (var item in junk.AsArray()) await AssertError(item!, -32600);
        await mcp.SendLineAsync("""[{"jsonrpc":"2.0","method":"notifications/initialized"},{"jsonrpc":"2.0","id":1,"result":{}}]""");
        await mcp.AssertAnswersPingNextAsync("a batch of notifications and responses (nothing is due)");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Ids_of_every_json_type_are_echoed_exactly_or_refused_with_id_null()
    {
        await using var mcp = await StartAsync();
        string[] valid =
        [
            "\"abc\"", "\"\"", "\"日本語\"", "\"a\\u0062\"", "\"\\ud800\"", "\"tab\\there\"", "\"\\u0085\\u202e\"",
            "7", "0", "-1", "-0", "1.5", "1.50", "1e3", "-2.5E-3", "123456789012345678901234567890",
        ];
        foreach (var id in valid)
        {
            var (_, text) = await mcp.NextLineAfterAsync($$$$"""{"jsonrpc":"2.0","id":{{{{id}}}},"method":"ping"}""");
            await Assert.That(text).IsEqualTo($$$$"""{"jsonrpc":"2.0","id":{{{{id}}}},"result":{}}""");
        }
        foreach (var id in new[] { "null", "true", "false", "{}", "{\"a\":1}", "[]", "[1]" })
            await AssertError(await mcp.NextAfterAsync($$$$"""{"jsonrpc":"2.0","id":{{{{id}}}},"method":"ping"}"""), -32600, contains: "id must be a string or a number");
        // A tool call echoes its id the same way.
        var (_, call) = await mcp.NextLineAfterAsync("""{"jsonrpc":"2.0","id":-0.5e1,"method":"tools/call","params":{"name":"opentrain_get_credits"}}""");
        await Assert.That(call).StartsWith("""{"jsonrpc":"2.0","id":-0.5e1,"result":""");
        await mcp.AssertAnswersPingNextAsync("ids of every type");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Duplicate_keys_are_refused_as_ambiguous()
    {
        await using var mcp = await StartAsync();
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":7,"method":"ping","method":"tools/list"}"""), -32600, id: "7", contains: "'method' appears more than once");
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":1,"id":2,"method":"ping"}"""), -32600, id: "null", contains: "'id' appears more than once");
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"opentrain_get_credits","name":"opentrain_get_team"}}"""),
            -32600, id: "8", contains: "twice in one object");
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","jsonrpc":"1.0","id":"d","method":"ping"}"""), -32600, id: "\"d\"");
        // A notification or a response with a repeated member: still never answered.
        await mcp.SendLineAsync("""{"jsonrpc":"2.0","method":"notifications/initialized","method":"x"}""");
        await mcp.SendLineAsync("""{"jsonrpc":"2.0","id":3,"result":{},"result":{}}""");
        await mcp.AssertAnswersPingNextAsync("duplicate keys");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task A_1_mb_method_name_is_method_not_found_with_a_short_message()
    {
        await using var mcp = await StartAsync();
        var name = new string('m', 1024 * 1024);
        var (answer, text) = await mcp.NextLineAfterAsync($$$$"""{"jsonrpc":"2.0","id":11,"method":"{{{{name}}}}"}""");
        await AssertError(answer, -32601, id: "11", contains: "(1,048,576 characters)");
        await Assert.That(text.Length).IsLessThan(400);
        var (tool, toolText) = await mcp.NextLineAfterAsync($$$$"""{"jsonrpc":"2.0","id":12,"method":"tools/call","params":{"name":"{{{{name}}}}"}}""");
        await AssertError(tool, -32602, id: "12", contains: "Unknown tool");
        await Assert.That(toolText.Length).IsLessThan(400);
        var (argument, argumentText) = await mcp.NextLineAfterAsync($$$$"""{"jsonrpc":"2.0","id":13,"method":"tools/call","params":{"name":"opentrain_get_credits","arguments":{"{{{{name}}}}":1}}}""");
        await AssertError(argument, -32602, id: "13", contains: "unknown argument");
        await Assert.That(argumentText.Length).IsLessThan(400);
        // Cut to 120 characters, never inside a surrogate pair (half of one could not be written as JSON).
        var emoji = await mcp.NextAfterAsync($$$$"""{"jsonrpc":"2.0","id":14,"method":"{{{{new string('m', 119) + string.Concat(Enumerable.Repeat("😀", 10))}}}}"}""");
        await AssertError(emoji, -32601, id: "14", contains: new string('m', 119) + "…");
        await mcp.AssertAnswersPingNextAsync("a 1 MB method name");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Nesting_100000_levels_deep_is_a_parse_error_not_a_stack_overflow()
    {
        await using var mcp = await StartAsync();
        const int depth = 100_000;
        var arrays = new string('[', depth) + new string(']', depth);
        var objects = string.Concat(Enumerable.Repeat("{\"a\":", depth)) + "1" + new string('}', depth);
        string[] lines =
        [
            arrays,
            objects,
            new string('[', depth),
            $$$$"""{"jsonrpc":"2.0","id":1,"method":"tools/call","params":{"name":"opentrain_update_job_draft_fields","arguments":{"jobId":"J1","fields":{{{{objects}}}}}}}""",
            $$$$"""{"jsonrpc":"2.0","id":2,"method":"ping","params":{"_meta":{"deep":{{{{arrays}}}}}}}""",
        ];
        foreach (var line in lines) await mcp.SendLineAsync(line);
        foreach (var line in lines) await AssertError(await mcp.NextAsync(), -32700);
        // 60 levels are fine.
        var nested = new string('[', 60) + new string(']', 60);
        var fine = await mcp.NextAfterAsync($$$$"""{"jsonrpc":"2.0","id":3,"method":"ping","params":{"_meta":{"deep":{{{{nested}}}}}}}""");
        await Assert.That(fine["result"]!.ToJsonString()).IsEqualTo("{}");
        await mcp.AssertAnswersPingNextAsync("100,000 levels of nesting");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Requests_before_initialize_are_answered()
    {
        await using var mcp = await StartAsync(initialize: null);
        await Assert.That((await mcp.NextAfterAsync(Ping))["result"]!.ToJsonString()).IsEqualTo("{}");
        await Assert.That((await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/list"}"""))["result"]!["tools"]!.AsArray().Count)
            .IsEqualTo(McpProtocolTests.AllTools.Count);
        var call = await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":3,"method":"tools/call","params":{"name":"opentrain_get_credits"}}""");
        await Assert.That(call["result"]!["structuredContent"]!["error"]!["code"]!.GetValue<string>()).IsEqualTo("NOT_LOGGED_IN");
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":4,"method":"server/discover"}"""), -32601, id: "4");
        var initialize = await mcp.RequestAsync("initialize", McpProtocolTests.Initialize("2025-06-18"));
        await Assert.That(initialize["result"]!["protocolVersion"]!.GetValue<string>()).IsEqualTo("2025-06-18");
        await mcp.AssertAnswersPingNextAsync("requests before initialize");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Responses_sent_by_the_client_are_ignored_quietly()
    {
        await using var mcp = await StartAsync();
        string[] responses =
        [
            """{"jsonrpc":"2.0","id":1,"result":{}}""",
            """{"jsonrpc":"2.0","id":"x","error":{"code":-32601,"message":"no"}}""",
            """{"jsonrpc":"2.0","id":null,"error":{"code":-32700,"message":"parse"}}""",
            """{"jsonrpc":"2.0","result":5}""",
            """{"id":{},"result":[]}""",
            """{"jsonrpc":"2.0","id":2,"result":{"content":"\ud800"}}""",
        ];
        foreach (var line in responses) await mcp.SendLineAsync(line);
        await mcp.AssertAnswersPingNextAsync("responses from the client");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Notifications_with_bad_params_are_never_answered()
    {
        await using var mcp = await StartAsync();
        string[] notifications =
        [
            """{"jsonrpc":"2.0","method":"notifications/initialized","params":5}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized","params":"x"}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized","params":[1,2]}""",
            """{"jsonrpc":"2.0","method":"notifications/initialized","params":null}""",
            """{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":{"x":1}}}""",
            """{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":[1]}}""",
            """{"jsonrpc":"2.0","method":"notifications/cancelled","params":{}}""",
            """{"jsonrpc":"2.0","method":"notifications/cancelled","params":7}""",
            """{"jsonrpc":"2.0","method":"notifications/progress","params":{"progressToken":1,"progress":"lots"}}""",
            """{"jsonrpc":"2.0","method":"no/such/notification","params":{"a":"\ud800"}}""",
            """{"jsonrpc":"2.0","method":"\ud800"}""",
            """{"jsonrpc":"1.0","method":"notifications/initialized"}""",
            """{"method":"notifications/initialized"}""",
            """{"jsonrpc":"2.0","method":"tools/call","params":{"name":"opentrain_nope"}}""",
        ];
        foreach (var line in notifications) await mcp.SendLineAsync(line);
        await mcp.AssertAnswersPingNextAsync("notifications with bad params");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Cancelling_an_unknown_request_is_ignored()
    {
        await using var mcp = await StartAsync();
        foreach (var id in new[] { "999", "\"nope\"", "1.5", "-1", "null", "true", "\"\\ud800\"", "42" })
            await mcp.SendLineAsync($$$$"""{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":{{{{id}}}},"reason":"gone"}}""");
        // A cancellation that arrived before its request cancels nothing: 42 is answered.
        await Assert.That((await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":42,"method":"ping"}"""))["id"]!.GetValue<int>()).IsEqualTo(42);
        await mcp.AssertAnswersPingNextAsync("cancellations of unknown requests");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Lone_surrogate_escapes_never_crash_the_server()
    {
        // The crash of issue #24: "Error: unexpected InvalidOperationException" on stderr, and the server gone.
        await using var mcp = await StartAsync();
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":1,"method":"\ud800"}"""), -32600, id: "1", contains: "not Unicode text");
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"\ud800","id":2,"method":"ping"}"""), -32600, id: "2");
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":3,"method":"initialize","params":{"protocolVersion":"\udc00"}}"""), -32602, id: "3");
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"\ud800"}}"""), -32602, id: "4");
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"opentrain_get_proposal","arguments":{"proposalId":"P\ud800"}}}"""),
            -32602, id: "5", contains: "argument 'proposalId' is not Unicode text");
        // A member name that is not text: System.Text.Json's own lookups throw on one, so the whole message is refused.
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"opentrain_get_credits","arguments":{"\udfff":1}}}"""),
            -32600, id: "6", contains: "member name is not Unicode text");
        await AssertError(await mcp.NextAfterAsync("""{"\ud800":0,"jsonrpc":"2.0","id":9,"method":"ping"}"""), -32600, id: "9");
        await mcp.SendLineAsync("""{"\ud800":0,"jsonrpc":"2.0","method":"notifications/initialized"}""");
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"opentrain_update_job_draft_fields","arguments":{"jobId":"J1","fields":{"title":["\ud800"]}}}}"""),
            -32602, id: "7", contains: "argument 'fields' is not Unicode text");
        await AssertError(await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"opentrain_create_webhook","arguments":{"url":"https://x.test","eventTypes":["\ud800"]}}}"""), -32602, id: "8");
        await mcp.AssertAnswersPingNextAsync("lone surrogate escapes");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Control_characters_in_echoed_text_keep_every_line_valid_json()
    {
        // The terminal writer used to rewrite U+0085 as the text \x85: an invalid JSON escape on stdout.
        await using var mcp = await StartAsync();
        var (answer, text) = await mcp.NextLineAfterAsync("""{"jsonrpc":"2.0","id":1,"method":"a\u0085b\u202ec\u2028d\u007f"}""");
        await Assert.That(answer["error"]!["message"]!.GetValue<string>()).IsEqualTo("Method not found: a\u0085b\u202ec\u2028d\u007f");
        await Assert.That(text).Contains("""a\u0085b\u202ec\u2028d\u007f""");
        await mcp.AssertAnswersPingNextAsync("control characters");
        await mcp.FinishAsync();
    }

    [Test]
    public async Task Concurrent_tool_calls_all_answer_once_and_do_not_block_other_requests()
    {
        await using var api = await ApiSession.StartAsync();
        const int calls = 8;
        api.Server.On("GET", "/api/public/v1/credits",
            new StubResponse(200, """{"credits":{"availableCents":500,"reservedCents":0,"currency":"usd"}}""") { Delay = TimeSpan.FromSeconds(1.5) }, times: calls);
        await using var mcp = await StartAsync(env: McpProtocolTests.McpEnv(api, token: ApiSession.Token));

        var clock = Stopwatch.StartNew();
        var batch = new StringBuilder();
        for (var i = 1; i <= calls; i++)
            batch.Append($$$$"""{"jsonrpc":"2.0","id":"call-{{{{i}}}}","method":"tools/call","params":{"name":"opentrain_get_credits"}}""").Append('\n');
        await mcp.SendAsync(batch.ToString());
        // While they run: hostile input, a second call with a running call's id, and a ping are answered at once.
        await mcp.SendLineAsync("{\"jsonrpc\":");
        await AssertError(await mcp.NextAsync(), -32700);
        var reused = await mcp.NextAfterAsync("""{"jsonrpc":"2.0","id":"call-3","method":"tools/call","params":{"name":"opentrain_get_credits"}}""");
        await AssertError(reused, -32600, id: "\"call-3\"", contains: "already in use");
        await mcp.AssertAnswersPingNextAsync("8 running tool calls");
        await Assert.That(clock.Elapsed).IsLessThan(TimeSpan.FromSeconds(1.5));

        var answered = new List<string>();
        for (var i = 0; i < calls; i++)
        {
            var answer = await mcp.NextAsync();
            await Assert.That(answer["result"]!["isError"]!.GetValue<bool>()).IsFalse();
            answered.Add(answer["id"]!.GetValue<string>());
        }
        await Assert.That(answered.Order().ToList()).IsEquivalentTo(Enumerable.Range(1, calls).Select(i => $"call-{i}").Order().ToList());
        await Assert.That(clock.Elapsed).IsLessThan(TimeSpan.FromSeconds(1.5 * calls / 2));   // in parallel, not one after another
        await mcp.AssertAnswersPingNextAsync("the calls (each answered once)");
        await mcp.FinishAsync();
        await Assert.That(api.Requests.Count).IsEqualTo(calls);
    }

    [Test]
    public async Task End_of_input_in_the_middle_of_a_call_lets_it_answer_then_exits_0()
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.On("GET", "/api/public/v1/credits",
            new StubResponse(200, """{"credits":{"availableCents":500,"reservedCents":0,"currency":"usd"}}""") { Delay = TimeSpan.FromSeconds(1) });
        await using var mcp = await StartAsync(env: McpProtocolTests.McpEnv(api, token: ApiSession.Token));
        await mcp.SendLineAsync("""{"jsonrpc":"2.0","id":"last","method":"tools/call","params":{"name":"opentrain_get_credits"}}""");
        await McpProtocolTests.WaitForAsync(() => api.Requests.Count == 1);
        mcp.CloseStdin();
        var answer = await mcp.NextAsync();
        await Assert.That(answer["id"]!.GetValue<string>()).IsEqualTo("last");
        await Assert.That(answer["result"]!["isError"]!.GetValue<bool>()).IsFalse();
        await mcp.FinishAsync();
    }

    [Test]
    public async Task A_line_longer_than_4_mib_is_refused_and_reading_resyncs_at_the_next_newline()
    {
        await using var mcp = await StartAsync();
        const int limit = 4 * 1024 * 1024;

        // Exactly at the limit: accepted.
        const string head = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":{\"_meta\":{\"pad\":\"";
        const string tail = "\"}}}";
        var exact = head + new string('x', limit - head.Length - tail.Length) + tail;
        await Assert.That(Encoding.UTF8.GetByteCount(exact)).IsEqualTo(limit);
        await Assert.That((await mcp.NextAfterAsync(exact))["result"]!.ToJsonString()).IsEqualTo("{}");

        // One byte more: refused, and the request after it on the next line is answered.
        await AssertError(await mcp.NextAfterAsync(exact.Replace("\"pad\":\"", "\"pad\":\"y", StringComparison.Ordinal)), -32600, contains: "4 MiB");

        // 64 MiB without a newline: refused as soon as the limit is passed, before the line even ends.
        var chunk = Encoding.UTF8.GetBytes(new string('z', 1024 * 1024));
        await mcp.SendAsync(Encoding.UTF8.GetBytes(head));
        for (var i = 0; i < 64; i++) await mcp.SendAsync(chunk);
        await AssertError(await mcp.NextAsync(), -32600, contains: "skipped up to the next newline");
        await mcp.SendAsync(tail + "\n");
        await mcp.AssertAnswersPingNextAsync("a 64 MiB line");
        if (mcp.PeakMemory() is { } peak) await Assert.That(peak).IsLessThan(64L * 1024 * 1024);   // measured: 14 MB idle, 24 MB after a 4 MiB message, 28 MB after a 256 MiB line
        await mcp.FinishAsync();
    }

    [Test]
    [Arguments(false)]
    [Arguments(true)]
    public async Task When_the_client_stops_reading_stdout_the_server_ends_at_once_with_exit_0(bool callRunning)
    {
        if (PublishedBinary.Path is null) Skip.Test(McpStdioProcess.SkipReason);
        await using var api = await ApiSession.StartAsync();
        api.Server.On("GET", "/api/public/v1/credits", new StubResponse(200, "{}") { Delay = TimeSpan.FromSeconds(60) });
        await using var mcp = await McpStdioProcess.StartAsync(initialize: null, env: McpProtocolTests.McpEnv(api, token: ApiSession.Token), readStdout: false);
        await mcp.SendLineAsync(Ping);
        if (callRunning)
        {
            await mcp.SendLineAsync("""{"jsonrpc":"2.0","id":2,"method":"tools/call","params":{"name":"opentrain_get_credits"}}""");
            await McpProtocolTests.WaitForAsync(() => api.Requests.Count == 1);
        }
        else
        {
            await Task.Delay(200);
        }

        // stdin stays open: only the closed stdout tells the server that the client is gone.
        mcp.CloseStdout();
        var (exitCode, stderr, elapsed) = await mcp.ExitAsync(TimeSpan.FromSeconds(20));
        await Assert.That(exitCode).IsEqualTo(0);
        await Assert.That(stderr).IsEmpty();
        await Assert.That(elapsed).IsLessThan(TimeSpan.FromSeconds(5));
    }

    [Test]
    public async Task A_client_that_closes_stdout_before_anything_was_written_ends_the_server_quietly()
    {
        if (PublishedBinary.Path is null) Skip.Test(McpStdioProcess.SkipReason);
        await using var mcp = await McpStdioProcess.StartAsync(initialize: null, readStdout: false);
        mcp.CloseStdout();
        try
        {
            for (var i = 0; i < 100 && !mcp.HasExited; i++)
            {
                await mcp.SendLineAsync(Ping);
                await Task.Delay(20);
            }
        }
        catch (IOException)
        {
            // The server is gone already: its stdin is closed too.
        }
        var (exitCode, stderr, _) = await mcp.ExitAsync(TimeSpan.FromSeconds(20));
        await Assert.That(exitCode).IsEqualTo(0);
        await Assert.That(stderr).IsEmpty();
    }

    [Test]
    public async Task Random_mutations_of_valid_messages_never_wedge_the_server()
    {
        // FUZZ_CASES (default 6, ./build.sh test --long: 200) × 50 mutated messages; FUZZ_SEED picks them.
        var cases = (int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var n) ? n : 6) * 50;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 20261125;
        var random = new Random(seed);
        await using var mcp = await StartAsync();
        byte[][] corpus = [.. Corpus.Select(Encoding.UTF8.GetBytes)];
        var probes = 0;
        for (var i = 0; i < cases; i++)
        {
            var line = Mutate(corpus, random);
            await mcp.SendAsync([.. line, (byte)'\n']);
            if (i % 20 != 19 && i != cases - 1) continue;
            // Every 20 mutations: a well-formed request must still be answered.
            var probe = $"probe-{++probes}";
            await mcp.SendLineAsync($$$$"""{"jsonrpc":"2.0","id":"{{{{probe}}}}","method":"ping"}""");
            try
            {
                await mcp.ResponseAsync(m => McpStdioProcess.IdOf(m) == $"\"{probe}\"", probe);
            }
            catch (TimeoutException ex)
            {
                throw new InvalidOperationException($"seed {seed}: no answer to {probe} after mutation {i}: {Encoding.UTF8.GetString(line)}", ex);
            }
        }
        await mcp.FinishAsync();
        // What the mutations came to (shown with --output Detailed): answers by error code, results, batches.
        var kinds = mcp.Lines.Select(l => JsonNode.Parse(l)!).Select(m => m is JsonArray ? "batch" : m["error"]?["code"]?.ToJsonString() ?? "result")
            .GroupBy(k => k).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g => $"{g.Key}: {g.Count()}");
        Console.WriteLine($"seed {seed}, {cases} mutations, {probes} probes answered; stdout lines {string.Join(", ", kinds)}");
    }

    /// <summary>Well-formed messages the mutations start from (no onboarding tool: nothing may reach a network, see <see cref="McpStdioProcess"/>).</summary>
    private static readonly string[] Corpus =
    [
        Ping,
        """{"jsonrpc":"2.0","id":"l","method":"tools/list","params":{"cursor":"c"}}""",
        """{"jsonrpc":"2.0","id":2,"method":"initialize","params":{"protocolVersion":"2025-06-18","capabilities":{},"clientInfo":{"name":"f","version":"1"}}}""",
        """{"jsonrpc":"2.0","id":3,"method":"initialize","params":{"protocolVersion":"2025-03-26","capabilities":{}}}""",
        """{"jsonrpc":"2.0","method":"notifications/initialized"}""",
        """{"jsonrpc":"2.0","method":"notifications/cancelled","params":{"requestId":4,"reason":"r"}}""",
        """{"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"opentrain_get_credits","arguments":{}}}""",
        """{"jsonrpc":"2.0","id":5,"method":"tools/call","params":{"name":"opentrain_list_jobs","arguments":{"limit":5,"status":"OPEN","cursor":null}}}""",
        """{"jsonrpc":"2.0","id":6,"method":"tools/call","params":{"name":"opentrain_hire_proposal","arguments":{"proposalId":"P1","milestone":{"name":"M","amount":25.5,"dueDate":"2026-07-01"}}}}""",
        """{"jsonrpc":"2.0","id":7,"method":"tools/call","params":{"name":"opentrain_update_job_draft_fields","arguments":{"jobId":"J1","fields":{"title":"T","languages":["en"]}}}}""",
        """{"jsonrpc":"2.0","id":8,"method":"tools/call","params":{"name":"opentrain_create_webhook","arguments":{"url":"https://x.test/h","eventTypes":["proposal.received"]}}}""",
        """{"jsonrpc":"2.0","id":9,"result":{"ok":true}}""",
        """[{"jsonrpc":"2.0","id":10,"method":"ping"},{"jsonrpc":"2.0","method":"notifications/initialized"}]""",
    ];

    private static readonly byte[][] Hostile =
    [
        [0x00], [0xFF], [0xC3], [0xED, 0xA0, 0x80], [0xEF, 0xBB, 0xBF], [(byte)'\r'], [(byte)'"'], [(byte)'\\'],
        "["u8.ToArray(), "]"u8.ToArray(), "{"u8.ToArray(), "}"u8.ToArray(), ","u8.ToArray(), ":"u8.ToArray(),
        "\"\\ud800\""u8.ToArray(), "1e999"u8.ToArray(), "-0"u8.ToArray(), "null"u8.ToArray(), "[]"u8.ToArray(), "{}"u8.ToArray(),
        "\"id\":"u8.ToArray(), "\"method\":"u8.ToArray(), "\\u0000"u8.ToArray(), "\\u0085"u8.ToArray(),
        Encoding.UTF8.GetBytes(new string('[', 70)), Encoding.UTF8.GetBytes(new string('x', 10_000)),
    ];

    /// <summary>What a string's text may become: escapes that are not text, controls, a long text, a 64 KiB name.</summary>
    private static readonly string[] HostileText =
    [
        "\\ud800", "\\udc00x", "a\\ud800\\ud800", "\\u0000", "\\u0085\\u202e\\u2028", "\u00e9\u65e5", "", " ", "2.0", "1.0",
        "notifications/cancelled", "tools/call", "initialize", "opentrain_get_credits", new string('n', 65_536),
    ];

    /// <summary>One to three random edits of a corpus message (never a newline: each result is one message).</summary>
    private static byte[] Mutate(byte[][] corpus, Random random)
    {
        var bytes = new List<byte>(corpus[random.Next(corpus.Length)]);
        for (var edits = random.Next(1, 4); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(8))
            {
                case 6:                                                                                    // a string's text
                    var quotes = Enumerable.Range(0, bytes.Count).Where(i => bytes[i] == (byte)'"').ToList();
                    if (quotes.Count < 2) break;
                    var pair = random.Next(quotes.Count / 2) * 2;
                    var text = HostileText[random.Next(HostileText.Length)];
                    bytes.RemoveRange(quotes[pair] + 1, quotes[pair + 1] - quotes[pair] - 1);
                    bytes.InsertRange(quotes[pair] + 1, Encoding.UTF8.GetBytes(text));
                    break;
                case 0: bytes.RemoveRange(at, bytes.Count - at); break;                                    // truncate
                case 1: bytes[at] = (byte)random.Next(256); break;                                         // flip
                case 2: bytes.InsertRange(at, Hostile[random.Next(Hostile.Length)]); break;                // insert
                case 3: bytes.RemoveRange(at, Math.Min(random.Next(1, 12), bytes.Count - at)); break;       // delete
                case 4: bytes.InsertRange(at, bytes.GetRange(at, Math.Min(random.Next(1, 30), bytes.Count - at))); break; // repeat
                case 5:                                                                                    // splice
                    var other = corpus[random.Next(corpus.Length)];
                    var from = random.Next(other.Length);
                    bytes.RemoveRange(at, bytes.Count - at);
                    bytes.AddRange(other.AsSpan(from).ToArray());
                    break;
                default: bytes.InsertRange(at, Encoding.UTF8.GetBytes($"{random.Next(-5, 99999)}")); break;
            }
        }
        return [.. bytes.Select(b => b == (byte)'\n' ? (byte)' ' : b)];
    }
}
