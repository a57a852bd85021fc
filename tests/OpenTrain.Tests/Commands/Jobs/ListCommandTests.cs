using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

public class ListCommandTests
{
    private const string Page = """
        {"jobs":[
          {"id":"J1","title":"Spanish Sentiment Labeling","status":"OPEN","published":true,"acceptingApplicants":true,"createdAt":"2026-06-10T11:02:00.000Z","updatedAt":"2026-06-11T09:15:00.000Z","jobUrl":"https://app.opentrain.ai/jobs/J1","proposalCounts":{"total":12,"unreviewed":5}},
          {"id":"J22","title":"Draft job","status":"DRAFT","published":false,"acceptingApplicants":false,"createdAt":"2026-06-09T08:00:00.000Z","updatedAt":"2026-06-09T08:00:00.000Z","jobUrl":null,"proposalCounts":{"total":0,"unreviewed":0}}],
         "nextCursor":"cur2"}
        """;

    [Test]
    public async Task Sends_filters_and_prints_an_aligned_table_with_the_next_page_hint()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/jobs/mine", 200, Page);

        var result = await api.RunAsync("jobs", "list", "--status", "open", "--limit", "2", "--cursor", "c1");

        var request = await api.SingleRequestAsync();
        await Assert.That(request.Query).IsEqualTo("?status=OPEN&limit=2&cursor=c1");
        await Assert.That(result.Stdout).IsEqualTo("""
            ID   STATUS  PROPOSALS   CREATED                   TITLE
            J1   OPEN    12 (5 new)  2026-06-10T11:02:00.000Z  Spanish Sentiment Labeling
            J22  DRAFT   0           2026-06-09T08:00:00.000Z  Draft job

            Next cursor: cur2

            """);
        await Assert.That(result.Stderr).IsEqualTo("More results: opentrain jobs list --status OPEN --limit 2 --cursor cur2\n");
    }

    [Test]
    public async Task No_filters_send_no_query_and_an_empty_page_says_so()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/jobs/mine", 200, """{"jobs":[],"nextCursor":null}""");

        var result = await api.RunAsync("jobs", "list");

        await Assert.That((await api.SingleRequestAsync()).Query).IsEmpty();
        await Assert.That(result.Stdout).IsEqualTo("No jobs.\n");
        await Assert.That(result.Stderr).IsEmpty();
    }

    [Test]
    [Arguments(new[] { "--status", "LIVE" }, "invalid value 'LIVE' for --status (expected one of: DRAFT, OPEN, ONGOING, COMPLETED, ARCHIVED, PENDING_APPROVAL)")]
    [Arguments(new[] { "--limit", "0" }, "--limit must be between 1 and 100, got 0")]
    [Arguments(new[] { "--limit", "101" }, "--limit must be between 1 and 100, got 101")]
    [Arguments(new[] { "--limit", "ten" }, "invalid value 'ten' for --limit")]
    [Arguments(new[] { "extra" }, "unexpected argument 'extra'")]
    public async Task Bad_values_are_usage_errors(string[] flags, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageErrorAsync(await api.RunAsync(["jobs", "list", .. flags]), message);
    }
}
