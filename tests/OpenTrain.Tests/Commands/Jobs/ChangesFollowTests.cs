using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

/// <summary><c>jobs changes --follow</c> on fake time: each batch printed once, <c>until</c> becomes the next <c>since</c>, Ctrl-C exits 130.</summary>
public class ChangesFollowTests
{
    private const string Path = "/api/public/v1/jobs/changes";
    private const string J1 = """{"jobId":"J1","eventType":"PUBLISHED","occurredAt":"2026-06-12T08:10:00.000Z"}""";
    private const string J22 = """{"jobId":"J22","eventType":"CLOSED","occurredAt":"2026-06-12T08:40:00.000Z"}""";
    private const string J3 = """{"jobId":"J3","eventType":"UPDATED","occurredAt":"2026-06-12T09:00:03.000Z"}""";

    private static string Batch(string since, string until, string changes) =>
        $$"""{"since":"{{since}}","until":"{{until}}","changes":[{{changes}}],"generatedAt":"{{until}}"}""";

    private static Task<CliResult> FollowAsync(ApiSession api, int skip, params string[] args) =>
        CtrlCOnInterval.RunAsync(["jobs", "changes", "--since", "2026-06-12T08:00:00Z", "--follow", .. args], api.Env, skip);

    [Test]
    public async Task Two_batches_then_ctrl_c_print_each_change_once_as_ndjson_chaining_until_to_since()
    {
        await using var api = await ApiSession.StartAsync(withToken: true);
        api.Server.OnJson("GET", Path, 200, Batch("2026-06-12T08:00:00.000Z", "2026-06-12T09:00:00.000Z", $"{J1},\n  {J22}"))
            .OnJson("GET", Path, 200, Batch("2026-06-12T09:00:00.000Z", "2026-06-12T09:00:07.000Z", J3));

        // Ctrl-C at the second wait: after the second batch.
        var result = await FollowAsync(api, 1, "--json");

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(result.Stdout).IsEqualTo($"{J1}\n{J22}\n{J3}\n");
        await Assert.That(result.Stderr).IsEmpty();
        await api.Server.AssertAllUsed();
        await Assert.That(api.Requests.Select(r => r.Query)).IsEquivalentTo(
            new[] { "?since=2026-06-12T08%3A00%3A00Z", "?since=2026-06-12T09%3A00%3A00.000Z" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(api.Requests.All(r => r.Header("Authorization") is null)).IsTrue();
    }

    [Test]
    public async Task Human_output_is_one_line_per_change_and_an_empty_batch_prints_nothing()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        api.Server.OnJson("GET", Path, 200, Batch("2026-06-12T08:00:00.000Z", "2026-06-12T09:00:00.000Z", ""))
            .OnJson("GET", Path, 200, Batch("2026-06-12T09:00:00.000Z", "2026-06-12T09:00:07.000Z", $"{J1},{J22}"));

        var result = await FollowAsync(api, 1);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(result.Stdout).IsEqualTo(
            "2026-06-12T08:10:00.000Z  PUBLISHED  J1\n" +
            "2026-06-12T08:40:00.000Z  CLOSED  J22\n");
    }

    [Test]
    public async Task Rate_limits_and_outages_while_following_are_retried_with_back_off()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        api.Server.OnJson("GET", Path, 429, Fixtures.Envelope("Too many requests", "RATE_LIMITED"))
            .OnJson("GET", Path, 503, Fixtures.Envelope("Unavailable", "SERVICE_UNAVAILABLE"), times: 3)
            .OnJson("GET", Path, 200, Batch("2026-06-12T08:00:00.000Z", "2026-06-12T09:00:00.000Z", J1));

        // The first back-off is one interval (7 s); Ctrl-C comes at the wait after the batch.
        var result = await FollowAsync(api, 1, "--json");

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(result.Stdout).IsEqualTo($"{J1}\n");
        await Assert.That(api.Requests.Count).IsEqualTo(5);
        await Assert.That(api.Requests.Select(r => r.Query).Distinct().Single()).IsEqualTo("?since=2026-06-12T08%3A00%3A00Z");
    }

    [Test]
    public async Task A_full_batch_is_followed_at_once()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        var full = string.Join(',', Enumerable.Range(0, 5000).Select(i => $$"""{"jobId":"J{{i}}","eventType":"UPDATED","occurredAt":"2026-06-12T08:10:00.000Z"}"""));
        api.Server.OnJson("GET", Path, 200, Batch("2026-06-12T08:00:00.000Z", "2026-06-12T09:00:00.000Z", full))
            .OnJson("GET", Path, 200, Batch("2026-06-12T09:00:00.000Z", "2026-06-12T09:00:01.000Z", J3));

        // Ctrl-C at the first wait: both requests came before it.
        var result = await FollowAsync(api, 0);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await api.Server.AssertAllUsed();
        await Assert.That(result.Stdout.Split('\n').Length).IsEqualTo(5002);
        await Assert.That(result.Stdout).EndsWith("2026-06-12T09:00:03.000Z  UPDATED  J3\n");
    }

    [Test]
    public async Task Interval_without_follow_is_a_usage_error()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);

        var result = await api.RunAsync("jobs", "changes", "--since", "2026-06-12", "--interval", "7");

        await api.AssertUsageError(result, "--interval needs --follow (or --until, --max-events, --timeout)");
    }
}
