using Microsoft.Extensions.Time.Testing;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

/// <summary>Issue #16: on a terminal, tables fit its width and times read as "… ago"; piped output keeps everything as sent.</summary>
public class TerminalLayoutTests
{
    private const string Jobs = """
        {"jobs":[{"id":"J1","status":"OPEN","createdAt":"2026-06-12T08:00:00.000Z","title":"Spanish sentiment labeling for a very long running program of social media posts across many regions"}],"nextCursor":null}
        """;

    [Test]
    public async Task A_terminal_gets_relative_times_and_rows_that_fit()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs/mine", 200, Jobs);
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 6, 12, 10, 0, 0, TimeSpan.Zero));

        var result = await CliRunner.RunAsync(["jobs", "list"], api.Env, time: time, tty: true);
        var rows = result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        await Assert.That(result.Stdout).Contains("2 hours ago");
        await Assert.That(rows.All(r => r.Replace("\u001b[1m", "").Replace("\u001b[0m", "").Length <= 80)).IsTrue();
        await Assert.That(rows[1]).EndsWith("…");
    }

    [Test]
    public async Task A_pipe_gets_the_timestamps_and_cells_as_sent()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs/mine", 200, Jobs);

        var result = await api.RunAsync("jobs", "list");

        await Assert.That(result.Stdout).Contains("2026-06-12T08:00:00.000Z");
        await Assert.That(result.Stdout).Contains("across many regions");
    }
}
