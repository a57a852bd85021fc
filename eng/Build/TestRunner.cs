using System.Diagnostics;

namespace OpenTrain.Build;

/// <summary>
/// test [--long] [dotnet test options]: publishes the host binary (unless an up-to-date one exists, e.g. from
/// publish-all), runs every test project of opentrain.sln with OPENTRAIN_BINARY set, shows the log, and ends with one
/// line "N passed, N failed" (", N skipped" when some were). --long fuzzes deeper (FUZZ_CASES, default 200).
/// </summary>
internal static partial class TestRunner
{
    public static int Run(string[] args)
    {
        var extra = args.ToList();
        if (extra.Remove("--long") && Environment.GetEnvironmentVariable("FUZZ_CASES") is null)
            Environment.SetEnvironmentVariable("FUZZ_CASES", "200");

        var exe = Publisher.UpToDateHostBinary();
        if (exe is null) exe = Publisher.Publish(Toolchain.HostRid);
        else Console.Error.WriteLine($"test: reusing the up-to-date {exe}");
        Environment.SetEnvironmentVariable("OPENTRAIN_BINARY", exe);

        var (exitCode, log) = RunDotnetTest(extra);
        var summary = TestSummary.Parse(log);
        if (summary is null)
        {
            Console.WriteLine("Tests did not run (build failed?): see the log above.");
            Console.WriteLine("0 passed, 1 failed");
            return 1;
        }
        // A skipped test proves nothing: name each one (and why) right above the closing line.
        foreach (var skipped in SkippedTests(log)) Console.WriteLine($"skipped: {skipped}");
        Console.WriteLine(summary);
        return exitCode;
    }

    /// <summary><c>skipped Name(args) (12ms)</c> followed by an indented reason line → <c>Name(args) — reason</c>.</summary>
    internal static IEnumerable<string> SkippedTests(IReadOnlyList<string> log)
    {
        for (var i = 0; i < log.Count; i++)
        {
            var match = SkippedLine().Match(log[i]);
            if (!match.Success) continue;
            var reason = i + 1 < log.Count && log[i + 1].StartsWith("  ", StringComparison.Ordinal) ? log[i + 1].Trim() : "";
            yield return reason.Length > 0 ? $"{match.Groups[1].Value} — {reason}" : match.Groups[1].Value;
        }
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^skipped (.+) \([0-9.]+m?s\)$")]
    private static partial System.Text.RegularExpressions.Regex SkippedLine();

    /// <summary>Streams dotnet test's output to our stdout as it comes and keeps it for the summary.</summary>
    private static (int ExitCode, List<string> Log) RunDotnetTest(IEnumerable<string> extra)
    {
        var start = new ProcessStartInfo("dotnet") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Paths.Root };
        foreach (var arg in (string[])["test", "--solution", "opentrain.sln", "-c", "Release", "--no-ansi", "--no-progress", .. extra])
            start.ArgumentList.Add(arg);
        var log = new List<string>();
        using var process = Process.Start(start) ?? throw new BuildException("could not start dotnet test");
        DataReceivedEventHandler collect = (_, e) =>
        {
            if (e.Data is null) return;
            lock (log) { log.Add(e.Data); Console.WriteLine(e.Data); }
        };
        process.OutputDataReceived += collect;
        process.ErrorDataReceived += collect;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        process.WaitForExit();
        return (process.ExitCode, log);
    }
}

/// <summary>
/// The counts of every "Test run summary" block of a dotnet test log, summed. A block runs from its heading to its
/// "duration:" line; with --solution there is one block (project lines, then total/failed/succeeded/skipped),
/// otherwise one per test project. Lines outside the blocks (a test's own output) never count.
/// </summary>
internal sealed partial record TestSummary(int Passed, int Failed, int Skipped)
{
    public static TestSummary? Parse(IReadOnlyList<string> log)
    {
        TestSummary? total = null;
        var inBlock = false;
        foreach (var line in log)
        {
            if (line.Contains("Test run summary:", StringComparison.Ordinal))
            {
                inBlock = true;
                total ??= new TestSummary(0, 0, 0);
                continue;
            }
            if (!inBlock || Count().Match(line) is not { Success: true } count) continue;
            var n = int.Parse(count.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture);
            total = count.Groups[1].Value switch
            {
                "succeeded" => total! with { Passed = total.Passed + n },
                "failed" => total! with { Failed = total.Failed + n },
                "skipped" => total! with { Skipped = total.Skipped + n },
                _ => total,
            };
            inBlock = count.Groups[1].Value != "duration";
        }
        return total;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^\s+(succeeded|failed|skipped|duration):\s*(\d+)")]
    private static partial System.Text.RegularExpressions.Regex Count();

    public override string ToString() =>
        Skipped > 0 ? $"{Passed} passed, {Failed} failed, {Skipped} skipped" : $"{Passed} passed, {Failed} failed";
}
