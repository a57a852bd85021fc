using System.Diagnostics;
using System.Text;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>
/// Issue #24: when the reader of standard output goes away (<c>| head -n 1</c> has its line), every command
/// ends at once and quietly: exit 0, nothing on stderr, no trace. Followers and waits end while idle,
/// without waiting for their next poll (300 s away here). The published binary, its stdout a real pipe
/// that the test closes; the 10 s deadline only guards against a hang (the next poll would take 300 s).
/// </summary>
public class StdoutReaderGoneTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(10);

    private const string Event1 = """{"id":"1042","type":"proposal.received","apiVersion":"v1","createdAt":"2026-06-12T10:00:00.000Z","resourceId":"prop_1","jobId":"job_1","data":{"proposalId":"prop_1","jobId":"job_1"}}""";

    [Test]
    public async Task Updates_poll_follow_json_ends_at_once_when_the_reader_leaves_an_idle_feed()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        api.Server.OnJson("GET", "/api/public/v1/updates", 200, $$"""{"events":[{{Event1}}],"nextCursor":"1042","hasMore":false}""");
        await using var run = PipedRun.Start(["updates", "poll", "--follow", "--json", "--interval", "300"], api.Env);

        await Assert.That(await run.ReadLineAsync()).IsEqualTo(Event1);
        var result = await run.CloseStdoutAndExitAsync();

        await AssertQuietSuccess(result);
        // It did not wait for the next poll: the feed was idle, and the one request is the first poll.
        await Assert.That(api.Requests.Count).IsEqualTo(1);
    }

    [Test]
    public async Task Jobs_changes_follow_ends_at_once_when_the_reader_leaves()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        api.Server.OnJson("GET", "/api/public/v1/jobs/changes", 200,
            """{"since":"2026-06-12T08:00:00.000Z","until":"2026-06-12T09:00:00.000Z","changes":[{"jobId":"J1","eventType":"PUBLISHED","occurredAt":"2026-06-12T08:10:00.000Z"}],"generatedAt":"2026-06-12T09:00:00.000Z"}""");
        await using var run = PipedRun.Start(["jobs", "changes", "--since", "2026-06-12T08:00:00Z", "--follow", "--interval", "300"], api.Env);

        await Assert.That(await run.ReadLineAsync()).Contains("J1");
        var result = await run.CloseStdoutAndExitAsync();

        await AssertQuietSuccess(result);
        await Assert.That(api.Requests.Count).IsEqualTo(1);
    }

    [Test]
    public async Task A_wait_ends_at_once_when_the_reader_leaves_between_polls_and_the_write_was_sent_once()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/milestones/ms_1/fund", 202, Fixtures.Pending("milestone_fund", "Funding request recorded."))
            .Reply("GET", "/approvals/ap_1", 200, $$"""{"approval":{{Fixtures.Approval("milestone_fund")}}}""");
        await using var run = PipedRun.Start(["milestones", "fund", "ms_1", "--wait", "--interval", "300"], api.Env);

        await Assert.That(await run.ReadLineAsync()).StartsWith("Funding requested for milestone ms_1");
        // The first poll is answered "pending": from here the command sleeps until the next one.
        await run.UntilAsync(() => api.Requests.Count == 2, "the first poll");
        var result = await run.CloseStdoutAndExitAsync();

        await AssertQuietSuccess(result);
        await Assert.That(api.Requests.Select(r => $"{r.Method} {r.Path}")).IsEquivalentTo(
            new[] { "POST /api/public/v1/milestones/ms_1/fund", "GET /api/public/v1/approvals/ap_1" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    [Test]
    public async Task All_pages_end_at_once_when_the_reader_leaves_during_a_page_request()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs/mine", 200, """{"jobs":[{"id":"J1","status":"OPEN","title":"First","price":18.50}],"nextCursor":"c2"}""");
        // The second page takes two minutes to come: the reader leaves while it is on its way.
        api.Server.On("GET", "/api/public/v1/jobs/mine",
            StubResponse.Json(200, """{"jobs":[{"id":"J2","status":"DRAFT","title":"Second","price":1}],"nextCursor":null}""") with { Delay = TimeSpan.FromMinutes(2) });
        await using var run = PipedRun.Start(["jobs", "list", "--all", "--limit", "1"], api.Env);

        await Assert.That(await run.ReadLineAsync()).StartsWith("ID ");
        await run.UntilAsync(() => api.Requests.Count == 2, "the request for the second page");
        var result = await run.CloseStdoutAndExitAsync();

        await AssertQuietSuccess(result);
    }

    [Test]
    public async Task A_large_json_body_piped_into_head_c_10_ends_quietly()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        // An endless body: only a write that reports the broken pipe can end this run.
        await using var server = RawServer.EndlessBody(200, "{\"jobs\":[", "1,");
        await using var run = PipedRun.Start(["jobs", "list", "--json"], TestEnvironment.Isolated(Fixtures.PostClaimToken, server.BaseUrl));

        await Assert.That(await run.ReadBytesAsync(10)).IsEqualTo("{\n  \"jobs\"");
        var result = await run.CloseStdoutAndExitAsync();

        await AssertQuietSuccess(result);
    }

    [Test]
    public async Task Completion_piped_into_head_n_1_ends_quietly()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var run = PipedRun.Start(["completion", "bash"], TestEnvironment.Isolated());

        await Assert.That(await run.ReadLineAsync()).StartsWith("# opentrain completion for bash");
        var result = await run.CloseStdoutAndExitAsync();

        await AssertQuietSuccess(result);
    }

    /// <summary>
    /// The reader is gone before the first byte is written (<c>{ sleep; opentrain …; } | true</c>), so the
    /// very first write meets the broken pipe, in the router's own output and in a command's.
    /// </summary>
    [Test]
    [Arguments("completion bash")]
    [Arguments("--help")]
    [Arguments("--version")]
    [Arguments("jobs list --json")]
    public async Task A_reader_gone_before_the_first_write_is_a_quiet_exit_0(string args)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs/mine", 200, """{"jobs":[{"id":"J1","status":"OPEN","title":"First","price":18.50}],"nextCursor":null}""");
        using var dir = new TestEnvironment();
        var rc = Path.Combine(dir.Root, "rc");
        var err = Path.Combine(dir.Root, "err");

        var start = new ProcessStartInfo("sh") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"{{ sleep 0.5; \"$B\" {args} 2>\"$ERR\"; echo $? >\"$RC\"; }} | true");
        start.Environment["B"] = PublishedBinary.Path;
        start.Environment["RC"] = rc;
        start.Environment["ERR"] = err;
        foreach (var (k, v) in api.Env) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        using var timeout = new CancellationTokenSource(HangGuard);
        await process.WaitForExitAsync(timeout.Token);

        await Assert.That(File.ReadAllText(rc)).IsEqualTo("0\n");
        await Assert.That(File.ReadAllText(err)).IsEmpty();
    }

    private static async Task AssertQuietSuccess(PipedResult result)
    {
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stderr).IsEmpty();
        // Within the hang guard by construction; printed to tell a slow machine from a hang.
        Console.WriteLine($"ended {result.AfterClose.TotalMilliseconds:0} ms after the reader closed");
    }

    private sealed record PipedResult(int ExitCode, string Stderr, TimeSpan AfterClose);

    /// <summary>The published binary with stdout a pipe the test reads a little of, then closes (as <c>head</c> does).</summary>
    private sealed class PipedRun : IAsyncDisposable
    {
        private readonly Process process;
        private readonly Stream stdout;
        private readonly Task<string> stderr;
        private readonly string[] args;
        private readonly StringBuilder read = new();
        private readonly string commandLine;

        private PipedRun(ProcessStartInfo start)
        {
            args = [.. start.ArgumentList];
            commandLine = "opentrain " + string.Join(' ', args);
            process = Process.Start(start)!;
            process.StandardInput.Close();
            stdout = process.StandardOutput.BaseStream;
            stderr = process.StandardError.ReadToEndAsync();
        }

        public static PipedRun Start(string[] args, IReadOnlyDictionary<string, string> env) => new(PublishedBinary.StartInfo(args, env));

        /// <summary>One line, read a byte at a time so that nothing after it is taken from the pipe.</summary>
        public async Task<string> ReadLineAsync()
        {
            var line = new List<byte>();
            var one = new byte[1];
            using var timeout = new CancellationTokenSource(HangGuard);
            while (await stdout.ReadAsync(one, timeout.Token) == 1 && one[0] != '\n') line.Add(one[0]);
            var text = Encoding.UTF8.GetString([.. line]);
            read.Append(text).Append('\n');
            return text;
        }

        public async Task<string> ReadBytesAsync(int count)
        {
            var buffer = new byte[count];
            using var timeout = new CancellationTokenSource(HangGuard);
            await stdout.ReadExactlyAsync(buffer, timeout.Token);
            var text = Encoding.UTF8.GetString(buffer);
            read.Append(text);
            return text;
        }

        public async Task UntilAsync(Func<bool> condition, string what)
        {
            var elapsed = Stopwatch.StartNew();
            while (!condition())
            {
                if (elapsed.Elapsed > HangGuard) throw new TimeoutException($"{commandLine}: no {what} after {HangGuard.TotalSeconds:0} s");
                await Task.Delay(20);
            }
        }

        /// <summary>Closes the read end of stdout (the reader goes away), then waits for the exit; a hang fails the test.</summary>
        public async Task<PipedResult> CloseStdoutAndExitAsync()
        {
            process.StandardOutput.Close();
            var afterClose = Stopwatch.StartNew();
            using var timeout = new CancellationTokenSource(HangGuard);
            try
            {
                await process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                throw new TimeoutException($"{commandLine} still running {HangGuard.TotalSeconds:0} s after its reader went away");
            }
            var result = new PipedResult(process.ExitCode, await stderr, afterClose.Elapsed);
            SecretScanner.Check(args, read + result.Stderr);
            return result;
        }

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
            process.Dispose();
        }
    }
}
