using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Updates;

/// <summary>
/// Issue #25, item 2: <c>updates poll</c> stops by itself. <c>--until type[:field=value]</c> exits 0 at the
/// first match (printed, the cursor saved past it), <c>--max-events</c> after that many, <c>--timeout</c>
/// exits 1 stating what did not come; <c>--type</c> narrows what is printed, on one page too (the
/// <c>--json</c> body keeps every other byte). All on fake time through the real argv path.
/// </summary>
public class StopConditionTests
{
    private const string Path = "/api/public/v1/updates";
    private const string Proposal = """{"id":"1042","type":"proposal.received","apiVersion":"v1","createdAt":"2026-06-12T10:00:00.000Z","resourceId":"prop_1","jobId":"job_1","data":{"proposalId":"prop_1","jobId":"job_1"}}""";
    private const string Declined = """{"id":"1043","type":"approval.confirmed","apiVersion":"v1","createdAt":"2026-06-12T10:05:00.000Z","resourceId":"ap_1","jobId":"job_1","data":{"approvalId":"ap_1","status":"declined"}}""";
    private const string Message = """{"id":"1044","type":"message.received","apiVersion":"v1","createdAt":"2026-06-12T10:06:00.000Z","resourceId":"msg_1","jobId":null,"data":{"conversationId":"conv_1","messageId":"msg_1"}}""";
    private const string Confirmed = """{"id":"1045","type":"approval.confirmed","apiVersion":"v1","createdAt":"2026-06-12T10:07:00.000Z","resourceId":"ap_2","jobId":"job_1","data":{"approvalId":"ap_2","status":"confirmed"}}""";
    private const string Message2 = """{"id":"1046","type":"message.received","apiVersion":"v1","createdAt":"2026-06-12T10:08:00.000Z","resourceId":"msg_2","jobId":null,"data":{"conversationId":"conv_1","messageId":"msg_2"}}""";

    private static string Page(string events, string next, bool hasMore) => $$"""{"events":[{{events}}],"nextCursor":"{{next}}","hasMore":{{(hasMore ? "true" : "false")}}}""";

    private static Task<CliResult> RunAsync(ApiSession api, params string[] args) =>
        CliRunner.RunAsync(["updates", "poll", .. args], api.Env, time: new AutoAdvanceTime());

    [Test]
    public async Task Until_a_status_follows_past_other_events_prints_the_match_and_saves_the_cursor_just_past_it()
    {
        await using var api = await ApiSession.StartAsync();
        using var dir = new TestEnvironment();
        var cursorFile = System.IO.Path.Combine(dir.Root, "cursor");
        api.Server.OnJson("GET", Path, 200, Page($"{Proposal},{Declined}", "1043", hasMore: false))
            .OnJson("GET", Path, 200, Page($"{Message},{Confirmed},{Message2}", "1046", hasMore: false));

        var result = await RunAsync(api, "--until", "approval.confirmed:status=confirmed", "--cursor-file", cursorFile, "--interval", "5");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stderr).IsEmpty();
        // The declined approval is not the match, and its line says which way it went; the event after the match is left for next time.
        await Assert.That(result.Stdout).IsEqualTo(
            "2026-06-12T10:00:00.000Z  proposal.received  1042  proposalId=prop_1 jobId=job_1\n" +
            "2026-06-12T10:05:00.000Z  approval.confirmed (declined)  1043  approvalId=ap_1\n" +
            "2026-06-12T10:06:00.000Z  message.received  1044  conversationId=conv_1 messageId=msg_1\n" +
            "2026-06-12T10:07:00.000Z  approval.confirmed (confirmed)  1045  approvalId=ap_2\n");
        await Assert.That(File.ReadAllText(cursorFile)).IsEqualTo("1045\n");
        await Assert.That(api.Requests.Select(r => r.Query)).IsEquivalentTo(new[] { "", "?cursor=1043" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    [Test]
    public async Task Type_and_max_events_print_only_those_types_as_ndjson_and_stop_after_that_many()
    {
        await using var api = await ApiSession.StartAsync();
        using var dir = new TestEnvironment();
        var cursorFile = System.IO.Path.Combine(dir.Root, "cursor");
        api.Server.OnJson("GET", Path, 200, Page($"{Proposal},{Declined},{Message}", "1044", hasMore: true))
            .OnJson("GET", Path, 200, Page($"{Confirmed},{Message2}", "1046", hasMore: false));

        var result = await RunAsync(api, "--json", "--type", "message.received", "--max-events", "2", "--cursor-file", cursorFile);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo($"{Message}\n{Message2}\n");
        await Assert.That(File.ReadAllText(cursorFile)).IsEqualTo("1046\n");
        await Assert.That(api.Requests.Count).IsEqualTo(2);
    }

    [Test]
    public async Task A_timeout_before_the_match_exits_1_saying_what_did_not_come_and_where_to_go_on()
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.OnJson("GET", Path, 200, Page(Proposal, "1042", hasMore: false))
            .OnJson("GET", Path, 200, Page("", "1042", hasMore: false), times: 10);

        var result = await RunAsync(api, "--until", "contract.created", "--timeout", "12", "--interval", "5");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEqualTo("2026-06-12T10:00:00.000Z  proposal.received  1042  proposalId=prop_1 jobId=job_1\n");
        await Assert.That(result.Stderr).IsEqualTo("Error: no contract.created within --timeout 12 s; to go on from here, add --cursor 1042\n");
        // Polls at 0, 5 and 10 s; one at 15 s would fall after the deadline.
        await Assert.That(api.Requests.Count).IsEqualTo(3);
    }

    [Test]
    public async Task Type_on_one_page_narrows_the_rows_and_the_json_events_keeping_every_other_byte()
    {
        await using var api = await ApiSession.StartAsync();
        var body = $$"""{"events":[{{Proposal}}, {{Declined}},{{Message}}],"nextCursor":"1044","hasMore":false,"extra":{"n":1.50} }""";
        api.Server.OnJson("GET", Path, 200, body, times: 2);

        var json = await RunAsync(api, "--type", "approval.confirmed,proposal.received", "--json");
        var human = await RunAsync(api, "--type", "approval.confirmed", "--type", "proposal.received");

        await Assert.That(json.ExitCode).IsEqualTo(0);
        await Assert.That(json.Stdout).IsEqualTo(OpenTrain.Json.JsonReindenter.Indent(System.Text.Encoding.UTF8.GetBytes($$"""{"events":[{{Proposal}},{{Declined}}],"nextCursor":"1044","hasMore":false,"extra":{"n":1.50} }""")));
        await Assert.That(human.Stdout).Contains("approval.confirmed (declined)");
        await Assert.That(human.Stdout).DoesNotContain("message.received");
        await Assert.That(human.Stdout).Contains("Up to date. Next time: opentrain updates poll --cursor 1044 --type proposal.received,approval.confirmed");
        // One page: no follow, one request each.
        await Assert.That(api.Requests.Count).IsEqualTo(2);
    }

    [Test]
    [Arguments(new[] { "--type", "proposal.recieved" }, "--type: unknown event type 'proposal.recieved'. Expected one of: proposal.received, proposal.status_changed, message.received, contract.created, milestone.status_changed, payment.pending, approval.confirmed, contract.budget_state_changed. Did you mean 'proposal.received'?")]
    [Arguments(new[] { "--until", "approval.confirmed:state=confirmed" }, "--until: approval.confirmed has no field 'state'. Its fields: approvalId, status, jobId, resourceId. Did you mean 'status'?")]
    [Arguments(new[] { "--until", "approval.confirmed:confirmed" }, "--until: expected <type>[:<field>=<value>], e.g. approval.confirmed:approvalId=<value> (got 'approval.confirmed:confirmed')")]
    [Arguments(new[] { "--max-events", "0" }, "--max-events must be at least 1 (got 0)")]
    [Arguments(new[] { "--timeout", "soon" }, "invalid value 'soon' for --timeout")]
    public async Task Mistakes_in_stop_conditions_are_usage_errors_before_any_request(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();

        var result = await RunAsync(api, args);

        await api.AssertUsageError(result, message);
    }

    [Test]
    public async Task On_a_terminal_the_waiting_line_is_redrawn_in_place_between_polls()
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.OnJson("GET", Path, 200, Page("", "1041", hasMore: false), times: 3)
            .OnJson("GET", Path, 200, Page(Confirmed, "1045", hasMore: false));

        var result = await CliRunner.RunAsync(["updates", "poll", "--cursor", "1041", "--until", "approval.confirmed", "--interval", "5"], api.Env, time: new AutoAdvanceTime(), tty: true);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        // Three pauses, one line: each redraw starts with a carriage return, and no newline ever ends a waiting line.
        await Assert.That(result.Stderr.Split("Waiting for new events").Length - 1).IsEqualTo(3);
        await Assert.That(result.Stderr).DoesNotContain("\n");
        await Assert.That(result.Stdout).IsEqualTo("2026-06-12T10:07:00.000Z  approval.confirmed (confirmed)  1045  approvalId=ap_2\n");
    }
}
