using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Updates;

public class PollCommandTests
{
    private const string Events = """
        [{"id":"1042","type":"proposal.received","apiVersion":"v1","createdAt":"2026-06-12T10:00:00.000Z","resourceId":"prop_1","jobId":"job_1","data":{"proposalId":"prop_1","jobId":"job_1"}},{"id":"1043","type":"approval.confirmed","apiVersion":"v1","createdAt":"2026-06-12T10:05:00.000Z","resourceId":"ap_1","jobId":"job_1","data":{"approvalId":"ap_1","status":"confirmed"}}]
        """;

    [Test]
    public async Task Lists_events_and_ends_with_the_cursor_and_a_hint_when_more_are_waiting()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/updates", 200, $$"""{"events":{{Events}},"nextCursor":"1043","hasMore":true}""");

        var result = await api.RunAsync("updates", "poll", "--cursor", "1041", "--limit", "2");

        await api.AssertSingleRequest("GET", "/updates", "?cursor=1041&limit=2");
        await Assert.That(result.Stdout).IsEqualTo(
            "ID    TYPE                            CREATED                   IDS\n" +
            "1042  proposal.received               2026-06-12T10:00:00.000Z  proposalId=prop_1 jobId=job_1\n" +
            "1043  approval.confirmed (confirmed)  2026-06-12T10:05:00.000Z  approvalId=ap_1\n" +
            "\n" +
            "Next cursor: 1043\n" +
            "More events are waiting: opentrain updates poll --cursor 1043 --limit 2\n");
    }

    [Test]
    public async Task When_caught_up_says_so_and_keeps_the_cursor()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/updates", 200, """{"events":[],"nextCursor":"1043","hasMore":false}""");

        var result = await api.RunAsync("updates", "poll", "--cursor", "1043");

        await api.AssertSingleRequest("GET", "/updates", "?cursor=1043");
        await Assert.That(result.Stdout).IsEqualTo(
            "No new events.\n\nNext cursor: 1043\nUp to date. Next time: opentrain updates poll --cursor 1043\n");
    }

    [Test]
    public async Task A_first_poll_with_no_history_sends_no_query()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/updates", 200, """{"events":[],"nextCursor":null,"hasMore":false}""");

        var result = await api.RunAsync("updates", "poll");

        await api.AssertSingleRequest("GET", "/updates");
        await Assert.That(result.Stdout).IsEqualTo("No events yet.\n\nPoll again later: opentrain updates poll\n");
    }

    [Test]
    [Arguments("0", "--limit must be between 1 and 200, got 0")]
    [Arguments("201", "--limit must be between 1 and 200, got 201")]
    public async Task Out_of_range_limit_is_a_usage_error_without_a_request(string limit, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync("updates", "poll", "--limit", limit), message);
    }

    [Test]
    public async Task No_qualifying_scope_renders_the_details()
    {
        await using var api = await ApiSession.StartAsync();
        const string details = """{"requiredScopes":["proposals:read","messages:read","payments:read"]}""";
        api.Reply("GET", "/updates", 403, Fixtures.Envelope("Token cannot read any event type", "FORBIDDEN", details));

        var result = await api.RunAsync("updates", "poll");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (403 FORBIDDEN): Token cannot read any event type", details);
    }
}
