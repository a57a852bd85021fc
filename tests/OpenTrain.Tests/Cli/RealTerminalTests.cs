using System.Diagnostics;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

/// <summary>The published binary on a real pseudo-terminal (util-linux <c>script</c>), as a person runs it.</summary>
public class RealTerminalTests
{
    /// <summary>Runs <paramref name="command"/> under <c>script -qc</c> (stdin, stdout and stderr on a pty nobody sized); returns everything the pty received.</summary>
    private static async Task<string> OnTerminal(string command, IReadOnlyDictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo("script") { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in new[] { "-qec", command, "/dev/null" }) start.ArgumentList.Add(arg);
        start.Environment["B"] = PublishedBinary.Path!;
        start.Environment["TERM"] = "xterm";
        start.Environment["XDG_CONFIG_HOME"] = "/nonexistent/opentrain-test";
        foreach (var name in new[] { "OT_API_TOKEN", "OPENTRAIN_API_TOKEN", "OT_API_BASE_URL", "OPENTRAIN_API_BASE_URL", "NO_COLOR", "COLUMNS" })
            start.Environment.Remove(name);
        foreach (var (name, value) in env ?? new Dictionary<string, string>()) start.Environment[name] = value;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return await stdout + await stderr;
    }

    private static bool Runnable() => PublishedBinary.Path is not null && ShellProcess.IsInstalled("script");

    [Test]
    [Arguments("\"$B\" --version")]
    [Arguments("\"$B\" --version > /dev/null")]
    [Arguments("\"$B\" jobs lst")]
    public async Task A_run_on_a_terminal_leaves_the_keypad_mode_alone(string command)
    {
        if (!Runnable()) Skip.Test("needs OPENTRAIN_BINARY (./build.sh test) and util-linux 'script'");

        var seen = await OnTerminal(command);

        // keypad_xmit (ESC[?1h ESC=) with no keypad_local after it leaves the shell's cursor keys in application mode.
        await Assert.That(seen).DoesNotContain("\u001b[?1h");
        await Assert.That(seen).DoesNotContain("\u001b=");
    }

    [Test]
    public async Task A_terminal_that_reports_no_width_uses_COLUMNS()
    {
        if (!Runnable()) Skip.Test("needs OPENTRAIN_BINARY (./build.sh test) and util-linux 'script'");
        await using var api = await ApiSession.StartAsync();
        var env = new Dictionary<string, string>(api.Env) { ["NO_COLOR"] = "1" };

        const string Jobs = """
            {"jobs":[{"id":"J1","status":"OPEN","createdAt":"2026-06-12T08:00:00.000Z","title":"Spanish sentiment labeling for a very long running program of social media posts across many regions"}],"nextCursor":null}
            """;
        api.Reply("GET", "/jobs/mine", 200, Jobs);
        var narrow = await OnTerminal("\"$B\" jobs list", new Dictionary<string, string>(env) { ["COLUMNS"] = "60" });
        api.Reply("GET", "/jobs/mine", 200, Jobs);
        var unset = await OnTerminal("\"$B\" jobs list", env);

        var narrowRows = narrow.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r')).ToList();
        await Assert.That(narrowRows[1]).StartsWith("J1").And.EndsWith("…");
        await Assert.That(narrowRows.Max(r => r.Length)).IsEqualTo(60);
        var unsetRows = unset.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(r => r.TrimEnd('\r')).ToList();
        await Assert.That(unsetRows.Max(r => r.Length)).IsEqualTo(80).Because(unset);
    }

    [Test]
    public async Task A_dumb_terminal_gets_no_bold_headers()
    {
        if (!Runnable()) Skip.Test("needs OPENTRAIN_BINARY (./build.sh test) and util-linux 'script'");
        await using var api = await ApiSession.StartAsync();
        const string Jobs = """{"jobs":[{"id":"J1","status":"OPEN","createdAt":"2026-06-12T08:00:00.000Z","title":"Spanish"}],"nextCursor":null}""";
        api.Reply("GET", "/jobs/mine", 200, Jobs).Reply("GET", "/jobs/mine", 200, Jobs);

        var xterm = await OnTerminal("\"$B\" jobs list", api.Env);
        var dumb = await OnTerminal("\"$B\" jobs list", new Dictionary<string, string>(api.Env) { ["TERM"] = "dumb" });

        await Assert.That(xterm).Contains("\u001b[1m").Because("the header is bold on a real terminal");
        await Assert.That(dumb).DoesNotContain("\u001b[");
        await Assert.That(dumb).Contains("J1");
    }
}
