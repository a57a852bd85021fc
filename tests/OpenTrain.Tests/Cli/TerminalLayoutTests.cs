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
    public async Task A_table_too_wide_for_the_terminal_shrinks_its_widest_column_and_keeps_every_column()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/tokens", 200, """
            {"tokens":[{"id":"tok_7","name":"A very long token name for the nightly reporting pipeline of the data team","preview":"ot_pat_c3f9********bd21","scopes":["jobs:read"],"status":"active","lastUsedAt":null}]}
            """);

        api.Reply("GET", "/auth/me", 200, Fixtures.Me);

        var result = await CliRunner.RunAsync(["tokens", "list"], api.Env, tty: true);
        var rows = result.Stdout.Replace("\u001b[1m", "").Replace("\u001b[0m", "").Split('\n', StringSplitOptions.RemoveEmptyEntries);

        await Assert.That(rows[0]).EndsWith("SCOPES").Because(result.Stdout);
        await Assert.That(rows[1]).IsEqualTo("tok_7  A very long token…  ot_pat_c3f9********bd21  active  never      jobs:read");
        await Assert.That(rows.Max(r => r.Length)).IsLessThanOrEqualTo(80);
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
