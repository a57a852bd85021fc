using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>
/// Issue #24, round three: the <c>--cursor-file</c> of <c>updates poll --follow</c>, on the published
/// binary. A link or a file that is not a cursor is refused (never read through or overwritten); two
/// followers and SIGKILL at any instant leave the old or the new cursor, never a torn one; restarts
/// through 502s print every event exactly once.
/// </summary>
[NotInParallel("cursor-file-processes")]
public partial class CursorFileHardeningTests
{
    private const string UpdatesPath = "/api/public/v1/updates";

    /// <summary>A long cursor (an event id padded with digits to 3,009 characters), so a torn write could not pass for a whole one.</summary>
    private static string Cursor(long n) => n.ToString("D9", CultureInfo.InvariantCulture) + new string('7', 3000);

    [GeneratedRegex(@"^\d{9}7{3000}\n$")]
    private static partial Regex WholeCursor();

    private static long CursorNumber(string cursor) => long.Parse(cursor[..9], CultureInfo.InvariantCulture);

    private static string Event(long n) =>
        $$$"""{"id":"{{{n}}}","type":"proposal.received","apiVersion":"v1","createdAt":"2026-06-12T10:00:00.000Z","resourceId":"prop_{{{n}}}","jobId":"job_1","data":{"proposalId":"prop_{{{n}}}","jobId":"job_1"}}""";

    private static string? QueryValue(RecordedRequest request, string name) =>
        request.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.Split('=', 2)).Where(p => p[0] == name).Select(p => Uri.UnescapeDataString(p[1])).FirstOrDefault();

    /// <summary>A feed of events 1..<paramref name="total"/> with long cursors, <paramref name="page"/> per answer; <c>hasMore</c> until the end, so a follower re-polls (and saves) at once.</summary>
    private static StubResponse Feed(RecordedRequest request, long total, int page)
    {
        var after = QueryValue(request, "cursor") is { } c ? CursorNumber(c) : 0;
        var last = Math.Min(after + page, total);
        var events = string.Join(',', Enumerable.Range(0, (int)(last - after)).Select(i => Event(after + 1 + i)));
        return StubResponse.Json(200, $$"""{"events":[{{events}}],"nextCursor":"{{Cursor(last)}}","hasMore":{{(last < total ? "true" : "false")}}}""");
    }

    private static string[] Follow(string cursorFile, params string[] more) =>
        ["updates", "poll", "--follow", "--json", "--interval", "0.05", "--cursor-file", cursorFile, .. more];

    [Test]
    [Arguments("a link to a file")]
    [Arguments("a dangling link")]
    [Arguments("a link to a cursor file")]
    public async Task A_symlink_at_the_cursor_path_is_refused_and_nothing_is_read_or_written_through_it(string kind)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        using var dir = new TestEnvironment();
        var target = Path.Combine(dir.Root, "target");
        var link = Path.Combine(dir.Root, "cursor");
        var content = kind == "a link to a cursor file" ? Cursor(5) + "\n" : "precious: not a cursor\n";
        if (kind != "a dangling link") File.WriteAllText(target, content);
        File.CreateSymbolicLink(link, target);

        var result = await PublishedBinary.RunAsync(Follow(link), api.Env, timeout: TimeSpan.FromSeconds(30));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo($"Error: the cursor file {link} is a symbolic link: give the path of a regular file (a cursor file is never read or written through a link)\n");
        await Assert.That(api.Requests).IsEmpty();
        await Assert.That(new FileInfo(link).LinkTarget).IsEqualTo(target);
        if (kind == "a dangling link") await Assert.That(File.Exists(target)).IsFalse();
        else await Assert.That(File.ReadAllText(target)).IsEqualTo(content);
    }

    [Test]
    [Arguments("several lines", "it is not one line of text")]
    [Arguments("a control character", "it is not one line of text")]
    [Arguments("over 4 KiB", "it is larger than 4,096 bytes")]
    [Arguments("/dev/zero", "it is larger than 4,096 bytes")]
    [Arguments("not UTF-8", "it is not UTF-8 text")]
    public async Task A_file_that_is_not_a_cursor_is_refused_and_left_untouched(string kind, string why)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        using var dir = new TestEnvironment();
        var file = kind == "/dev/zero" ? "/dev/zero" : Path.Combine(dir.Root, "notes.txt");
        byte[] content = kind switch
        {
            "several lines" => "export PATH=$HOME/bin:$PATH\nalias ll='ls -l'\n"u8.ToArray(),
            "a control character" => "1043\u001b[2J\n"u8.ToArray(),
            "over 4 KiB" => System.Text.Encoding.ASCII.GetBytes(new string('1', 5000)),
            "not UTF-8" => [0x31, 0xff, 0xfe, 0x0a],
            _ => [],
        };
        if (kind != "/dev/zero") File.WriteAllBytes(file, content);

        var result = await PublishedBinary.RunAsync(Follow(file), api.Env, timeout: TimeSpan.FromSeconds(30));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo($"Error: the cursor file {file} does not hold a cursor ({why}), so it is not overwritten: give a new path, or empty the file to start from --cursor\n");
        await Assert.That(api.Requests).IsEmpty();
        if (kind != "/dev/zero") await Assert.That(File.ReadAllBytes(file)).IsEquivalentTo(content, TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    [Test]
    [Arguments("a directory")]
    [Arguments("a missing folder")]
    public async Task A_cursor_path_that_cannot_be_saved_is_refused_before_any_request(string kind)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        using var dir = new TestEnvironment();
        var path = kind == "a directory" ? dir.Root : Path.Combine(dir.Root, "no-such-folder", "cursor");

        var result = await PublishedBinary.RunAsync(Follow(path), api.Env, timeout: TimeSpan.FromSeconds(30));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo(kind == "a directory"
            ? $"Error: the cursor file {path} is a directory\n"
            : $"Error: cannot save the cursor to {path}: its folder does not exist\n");
        await Assert.That(api.Requests).IsEmpty();
    }

    [Test]
    public async Task Two_followers_on_one_cursor_file_never_tear_it()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        api.Server.On("GET", UpdatesPath, r => Feed(r, long.MaxValue / 2, 1), times: int.MaxValue);
        using var dir = new TestEnvironment();
        var cursorFile = Path.Combine(dir.Root, "cursor");
        using var stop = new CancellationTokenSource();
        var watch = Task.Run(() => WatchCursorFile(cursorFile, stop.Token));

        await using var first = SignalledBinary.Start(Follow(cursorFile, "--limit", "1"), api.Env);
        await using var second = SignalledBinary.Start(Follow(cursorFile, "--limit", "1"), api.Env);
        // Each poll is a save: wait for a few hundred of them, from both.
        await first.UntilAsync(() => first.Lines.Count >= 150, "150 events from the first follower");
        await second.UntilAsync(() => second.Lines.Count >= 150, "150 events from the second follower");
        await first.SignalAsync("TERM");
        await second.SignalAsync("TERM");
        var results = new[] { await first.ExitAsync(), await second.ExitAsync() };
        await stop.CancelAsync();
        var (reads, torn) = await watch;

        foreach (var result in results)
        {
            await Assert.That(result.ExitCode).IsEqualTo(130);
            await Assert.That(result.Stderr).IsEmpty();
        }
        await Assert.That(torn).IsEmpty();
        await Assert.That(reads).IsGreaterThan(0);
        await Assert.That(WholeCursor().IsMatch(File.ReadAllText(cursorFile))).IsTrue();
        await Assert.That(Directory.GetFiles(dir.Root)).IsEquivalentTo(new[] { cursorFile });
        Console.WriteLine($"{reads} reads of the cursor file while {api.Requests.Count} polls were saved: 0 torn");
    }

    [Test]
    public async Task Sigkill_while_saving_leaves_the_old_or_the_new_cursor_and_the_next_run_resumes_from_it()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        api.Server.On("GET", UpdatesPath, r => Feed(r, long.MaxValue / 2, int.Parse(QueryValue(r, "limit")!, CultureInfo.InvariantCulture)), times: int.MaxValue);
        using var dir = new TestEnvironment();
        var cursorFile = Path.Combine(dir.Root, "cursor");
        var random = new Random(24);
        long saved = 0;
        const int Kills = 40;
        // Each run asks for its own page size, so its requests are told apart from a killed run's late ones.
        List<RecordedRequest> RequestsOf(int run) =>
            [.. api.Requests.Where(r => QueryValue(r, "limit") == run.ToString(CultureInfo.InvariantCulture))];

        for (var i = 1; i <= Kills; i++)
        {
            var run = i;
            await using (var follower = SignalledBinary.Start(Follow(cursorFile, "--limit", run.ToString(CultureInfo.InvariantCulture)), api.Env))
            {
                // Saving once per poll, as fast as the loopback answers; killed at a random point of that stream.
                await follower.UntilAsync(() => RequestsOf(run).Count >= 2, "its second poll");
                await Task.Delay(random.Next(0, 40));
                await follower.SignalAsync("KILL");
                await Assert.That((await follower.ExitAsync()).ExitCode).IsEqualTo(137);
            }
            var resumedFrom = QueryValue(RequestsOf(run)[0], "cursor");
            await Assert.That(resumedFrom is null ? 0 : CursorNumber(resumedFrom)).IsEqualTo(saved);
            var text = File.ReadAllText(cursorFile);
            await Assert.That(WholeCursor().IsMatch(text)).IsTrue();
            var now = CursorNumber(text);
            await Assert.That(now).IsGreaterThanOrEqualTo(saved);
            saved = now;
        }

        // A last run resumes from the last whole cursor, and its first save clears the temp files killed saves left
        // (planted as well, half written, by a process that has exited), never one of a process still running.
        var leftByKills = Directory.GetFiles(dir.Root, ".cursor.*.tmp").Length;
        using (var exited = System.Diagnostics.Process.Start("true")!)
        {
            await exited.WaitForExitAsync();
            File.WriteAllText(Path.Combine(dir.Root, $".cursor.{exited.Id}.{Guid.NewGuid():N}.tmp"), Cursor(999)[..100]);
        }
        var alive = Path.Combine(dir.Root, $".cursor.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        File.WriteAllText(alive, Cursor(998)[..100]);
        const int Last = 100;
        await using var last = SignalledBinary.Start(Follow(cursorFile, "--limit", Last.ToString(CultureInfo.InvariantCulture)), api.Env);
        await last.UntilAsync(() => RequestsOf(Last).Count >= 2, "two polls");
        await last.SignalAsync("TERM");
        await Assert.That((await last.ExitAsync()).ExitCode).IsEqualTo(130);
        await Assert.That(CursorNumber(QueryValue(RequestsOf(Last)[0], "cursor")!)).IsEqualTo(saved);
        await Assert.That(Directory.GetFiles(dir.Root).Order()).IsEquivalentTo(new[] { alive, cursorFile }.Order());
        Console.WriteLine($"{Kills} SIGKILLs: every one left a whole cursor; last saved {saved}; {leftByKills} temp files left mid-save, removed by the next run");
    }

    [Test]
    public async Task Restarts_while_the_server_answers_502s_print_every_event_exactly_once()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        const int Total = 40;
        var served = 0;
        api.Server.On("GET", UpdatesPath, r =>
        {
            var n = Interlocked.Increment(ref served);
            // Every fourth request, and a burst of four (longer than the three attempts of one GET), is a 502.
            return n % 4 == 2 || n is >= 9 and <= 12
                ? StubResponse.Json(502, Fixtures.Envelope("Bad gateway", "BAD_GATEWAY"))
                : Feed(r, Total, 3);
        }, times: int.MaxValue);
        using var dir = new TestEnvironment();
        var cursorFile = Path.Combine(dir.Root, "cursor");
        var printed = new List<string>();

        foreach (var (signal, until) in new[] { ("TERM", 7), ("INT", 19), ("TERM", 31), ("TERM", Total) })
        {
            await using var run = SignalledBinary.Start(Follow(cursorFile, "--limit", "3"), api.Env);
            await run.UntilAsync(() => printed.Count + run.Lines.Count >= until, $"event {until}");
            await run.SignalAsync(signal);
            var result = await run.ExitAsync();
            await Assert.That(result.ExitCode).IsEqualTo(130);
            await Assert.That(result.Stderr).IsEmpty();
            printed.AddRange(run.Lines);
        }

        var ids = printed.Select(line => JsonDocument.Parse(line).RootElement.GetProperty("id").GetString()!).ToList();
        await Assert.That(ids).IsEquivalentTo(Enumerable.Range(1, Total).Select(i => i.ToString(CultureInfo.InvariantCulture)), TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(File.ReadAllText(cursorFile)).IsEqualTo(Cursor(Total) + "\n");
        await Assert.That(api.Requests.Count(r => r.Path == UpdatesPath)).IsGreaterThan(Total / 3 + 8);
    }

    private static (int Reads, List<string> Torn) WatchCursorFile(string path, CancellationToken stop)
    {
        var reads = 0;
        var torn = new List<string>();
        while (!stop.IsCancellationRequested)
        {
            try
            {
                var text = File.ReadAllText(path);
                reads++;
                if (!WholeCursor().IsMatch(text)) torn.Add(text.Length > 40 ? $"{text.Length} chars: {text[..20]}…" : text);
            }
            catch (FileNotFoundException) { }
            catch (IOException) { }
            Thread.Sleep(0);
        }
        return (reads, torn);
    }
}
