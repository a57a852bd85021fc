using System.Diagnostics;
using System.Text.Json;

namespace OpenTrain.Build;

/// <summary>
/// test [--long] [dotnet test options]: publishes the host binary (unless an up-to-date one exists, e.g. from
/// publish-all), runs every test project of opentrain.sln with OPENTRAIN_BINARY set, shows the log, and ends with one
/// line "N passed, N failed" (", N skipped" when some were), right after one "skipped: &lt;test&gt; — &lt;reason&gt;" line per
/// skipped test. --long fuzzes deeper (FUZZ_CASES, default 200).
/// </summary>
internal static class TestRunner
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

        // The skipped tests' names and reasons come from the JSON report TUnit writes per test project into the
        // results directory (dotnet test's console names a skip on one line and its reason on the next, in a format
        // that differs between dotnet test and dotnet run): the reports of an earlier run are removed first.
        var results = ResultsDirectory(extra);
        if (results is null)
        {
            results = Paths.Of("TestResults");
            extra.AddRange(["--results-directory", results]);
        }
        if (Directory.Exists(results))
            foreach (var stale in Directory.GetFiles(results, SkippedTests.ReportPattern)) File.Delete(stale);

        var (exitCode, log) = RunDotnetTest(extra);
        var summary = TestSummary.Parse(log);
        if (summary is null)
        {
            Console.WriteLine("Tests did not run (build failed?): see the log above.");
            Console.WriteLine("0 passed, 1 failed");
            return 1;
        }
        // A skipped test proves nothing: name each one (and why) right above the closing line.
        foreach (var line in SkippedTests.Lines(results, summary.Skipped)) Console.WriteLine(line);
        Console.WriteLine(summary);
        return exitCode;
    }

    /// <summary>The folder of a --results-directory passed through to dotnet test, or null.</summary>
    private static string? ResultsDirectory(List<string> extra)
    {
        var i = extra.IndexOf("--results-directory");
        return i >= 0 && i + 1 < extra.Count ? Path.GetFullPath(extra[i + 1], Paths.Root) : null;
    }

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
/// "skipped: CompletionTests.Each_shell_completes_namespaces_commands_flags_and_values(zsh) — zsh is not installed":
/// one line per skipped test in TUnit's JSON reports (&lt;assembly&gt;-&lt;os&gt;-&lt;tfm&gt;.tunit-report.json, one per test
/// project), sorted; a line saying how many are not named when the reports hold fewer skips than the summary counted.
/// </summary>
internal static class SkippedTests
{
    public const string ReportPattern = "*.tunit-report.json";

    public static List<string> Lines(string resultsDirectory, int skippedInSummary)
    {
        var lines = new List<string>();
        string[] reports = Directory.Exists(resultsDirectory) ? [.. Directory.GetFiles(resultsDirectory, ReportPattern).Order(StringComparer.Ordinal)] : [];
        foreach (var report in reports)
        {
            try
            {
                using var json = JsonDocument.Parse(File.ReadAllText(report));
                lines.AddRange(Skipped(json.RootElement).Order(StringComparer.Ordinal));
            }
            catch (JsonException e)
            {
                lines.Add($"skipped: (not named) — {report} is not a readable TUnit report: {e.Message}");
            }
        }
        var missing = skippedInSummary - lines.Count;
        if (missing > 0) lines.Add($"skipped: ({missing} not named) — no TUnit report ({ReportPattern}) names them in {resultsDirectory}");
        return lines;
    }

    private static IEnumerable<string> Skipped(JsonElement report)
    {
        foreach (var group in Array(report, "groups"))
        {
            foreach (var test in Array(group, "tests"))
            {
                if (Text(test, "status") != "skipped") continue;
                // "CheckoutPageTests(SharedBrowser)" is the class with its constructor's arguments: the class is enough.
                var className = Text(test, "className") ?? Text(group, "className") ?? "";
                if (className.IndexOf('(', StringComparison.Ordinal) is > 0 and var paren) className = className[..paren];
                var name = Text(test, "displayName") ?? Text(test, "methodName") ?? "(unnamed)";
                var reason = string.Join(' ', (Text(test, "skipReason") ?? "").Split((char[])['\r', '\n', '\t', ' '], StringSplitOptions.RemoveEmptyEntries));
                var line = className.Length > 0 ? $"skipped: {className}.{name}" : $"skipped: {name}";
                yield return reason.Length > 0 ? $"{line} — {reason}" : line;
            }
        }
    }

    private static IEnumerable<JsonElement> Array(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.Array
            ? value.EnumerateArray()
            : [];

    private static string? Text(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
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
