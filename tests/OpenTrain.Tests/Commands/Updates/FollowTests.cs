using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Updates;

/// <summary><c>updates poll --follow</c> on fake time: batches printed once, the cursor saved, Ctrl-C exits 130.</summary>
public class FollowTests
{
    private const string Path = "/api/public/v1/updates";
    private const string Event1 = """{"id":"1042","type":"proposal.received","apiVersion":"v1","createdAt":"2026-06-12T10:00:00.000Z","resourceId":"prop_1","jobId":"job_1","data":{"proposalId":"prop_1","jobId":"job_1"}}""";
    private const string Event2 = """{"id":"1043","type":"approval.confirmed","apiVersion":"v1","createdAt":"2026-06-12T10:05:00.000Z","resourceId":"ap_1","jobId":"job_1","data":{"approvalId":"ap_1","status":"confirmed"}}""";
    private const string Event3 = """{"id":"1044","type":"message.received","apiVersion":"v1","createdAt":"2026-06-12T10:06:00.000Z","resourceId":"msg_1","jobId":null,"data":{"conversationId":"conv_1","messageId":"msg_1"}}""";

    private static string Page(string events, string next, bool hasMore) => $$"""{"events":[{{events}}],"nextCursor":"{{next}}","hasMore":{{(hasMore ? "true" : "false")}}}""";

    private static Task<CliResult> FollowAsync(ApiSession api, params string[] args) => FollowAsync(api, 0, args);

    private static Task<CliResult> FollowAsync(ApiSession api, int skip, params string[] args) =>
        CtrlCOnInterval.RunAsync(["updates", "poll", "--follow", .. args], api.Env, skip);

    [Test]
    public async Task Two_batches_then_ctrl_c_prints_each_event_once_as_ndjson_and_saves_the_last_cursor()
    {
        await using var api = await ApiSession.StartAsync();
        using var dir = new TestEnvironment();
        var cursorFile = System.IO.Path.Combine(dir.Root, "cursor");
        api.Server.OnJson("GET", Path, 200, Page($"{Event1},\n  {Event2}", "1043", hasMore: true))
            .OnJson("GET", Path, 200, Page(Event3, "1044", hasMore: false));

        var result = await FollowAsync(api, "--json", "--cursor-file", cursorFile);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(result.Stdout).IsEqualTo($"{Event1}\n{Event2}\n{Event3}\n");
        await Assert.That(File.ReadAllText(cursorFile)).IsEqualTo("1044\n");
        if (!OperatingSystem.IsWindows()) await Assert.That(File.GetUnixFileMode(cursorFile)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await Assert.That(api.Requests.Select(r => r.Query)).IsEquivalentTo(new[] { "", "?cursor=1043" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(Directory.GetFiles(dir.Root)).IsEquivalentTo(new[] { cursorFile });
    }

    [Test]
    public async Task A_restart_with_the_cursor_file_continues_from_it()
    {
        await using var api = await ApiSession.StartAsync();
        using var dir = new TestEnvironment();
        var cursorFile = System.IO.Path.Combine(dir.Root, "cursor");
        File.WriteAllText(cursorFile, "1043\n");
        api.Server.OnJson("GET", Path, 200, Page(Event3, "1044", hasMore: false));

        var result = await FollowAsync(api, "--cursor-file", cursorFile, "--cursor", "1");

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(api.Requests.Single().Query).IsEqualTo("?cursor=1043");
        await Assert.That(result.Stdout).IsEqualTo("2026-06-12T10:06:00.000Z  message.received  1044  conversationId=conv_1 messageId=msg_1\n");
        await Assert.That(File.ReadAllText(cursorFile)).IsEqualTo("1044\n");
    }

    [Test]
    public async Task A_503_while_following_is_retried()
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.OnJson("GET", Path, 503, Fixtures.Envelope("Unavailable", "SERVICE_UNAVAILABLE"), times: 3)
            .OnJson("GET", Path, 200, Page(Event1, "1042", hasMore: false));

        // The first back-off is one interval (7 s): Ctrl-C comes at the wait after the batch.
        var result = await FollowAsync(api, 1, "--json");

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(result.Stdout).IsEqualTo($"{Event1}\n");
    }

    [Test]
    public async Task Cursor_file_dash_is_refused_and_help_does_not_offer_standard_input()
    {
        await using var api = await ApiSession.StartAsync();

        // Through the Ctrl-C helper, so that without the check the run still ends (and fails the assertions).
        var result = await FollowAsync(api, "--cursor-file", "-");

        await api.AssertUsageError(result, "--cursor-file needs a file path ('-' is not standard input here: the cursor is saved back to the file)");
        var help = await CliRunner.RunAsync(["updates", "poll", "--help"]);
        await Assert.That(help.Stdout).Contains("  --cursor-file <path>  ");
        await Assert.That(help.Stdout).DoesNotContain("--cursor-file <path|->");
    }

    [Test]
    public async Task Cursor_file_without_follow_is_a_usage_error()
    {
        await using var api = await ApiSession.StartAsync();

        var result = await api.RunAsync("updates", "poll", "--cursor-file", "c.txt");

        await api.AssertUsageError(result, "--cursor-file needs --follow (or --until, --max-events, --timeout)");
    }
}
