using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>
/// Drives every command with arguments that are wrong by construction (unknown flags, a missing
/// value, a non-number for a number, extra words, hostile text) and checks the promise: exit 1,
/// one <c>Usage error:</c> on stderr, nothing on stdout, no request, no stack trace.
/// Cases per command and kind: FUZZ_CASES (default 6); seed: FUZZ_SEED.
/// </summary>
public class ArgumentFuzzTests
{
    private static readonly string[] Junk =
    [
        "", " ", "abc", "12abc", "--", "-", "\u0000", "\u0007bell", "tab\there", "line\nbreak", "é日本語😀", "\u202Eevil",
        "<script>", "'; DROP TABLE", "%s%n", "../../etc/passwd", new string('x', 100_000),
    ];

    [Test]
    public async Task Every_command_rejects_malformed_arguments_before_any_request()
    {
        var casesPerKind = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_CASES"), out var n) ? n : 6;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("FUZZ_SEED"), out var s) ? s : 20261125;
        var random = new Random(seed);
        var commands = CommandSurface.Commands;
        await using var server = await StubServer.StartAsync();
        var env = TestEnvironment.Isolated(Fixtures.PreClaimToken, server.BaseUrl);

        var runs = 0;
        var failures = new List<string>();
        foreach (var command in commands)
        {
            foreach (var args in Cases(command, random, casesPerKind))
            {
                runs++;
                var result = await CliRunner.RunAsync([.. command.Path, .. args], env);
                var problem = result switch
                {
                    { ExitCode: not 1 } => $"exit {result.ExitCode}",
                    _ when !result.Stderr.StartsWith("Usage error: ", StringComparison.Ordinal) => "no 'Usage error:'",
                    _ when result.Stdout.Length > 0 => "wrote to stdout",
                    _ when result.Stderr.Contains("   at ", StringComparison.Ordinal) => "stack trace",
                    _ => null,
                };
                if (problem is not null)
                    failures.Add($"{string.Join(' ', command.Path)} {Describe(args)}: {problem}: {Trim(result.Stderr)}");
            }
        }

        Console.WriteLine($"argument fuzzing: {runs} cases over {commands.Count} commands (seed {seed})");
        await Assert.That(failures).IsEmpty();
        await Assert.That(server.Requests).IsEmpty();
        await Assert.That(runs).IsGreaterThan(commands.Count * casesPerKind);
    }

    private static IEnumerable<string[]> Cases(CommandShape command, Random random, int count)
    {
        var valueFlags = command.Flags.Where(f => f.Type is not null).ToList();
        var numberFlags = command.Flags.Where(f => f.Type is "int" or "double" or "long" or "decimal").ToList();
        for (var i = 0; i < count; i++)
        {
            yield return [$"--zz{RandomWord(random)}", Pick(random, Junk)];
            yield return ["surplus-1", "surplus-2", "surplus-3"];
            if (valueFlags.Count > 0) yield return [Pick(random, valueFlags).Name];
            if (numberFlags.Count > 0) yield return [Pick(random, numberFlags).Name, Pick(random, ["abc", "12abc", "x1", "--", "é", "0x1G"])];
            yield return [$"--{Pick(random, Junk).Replace("-", "", StringComparison.Ordinal)}zz"];
        }
    }

    private static string RandomWord(Random random) =>
        new([.. Enumerable.Range(0, random.Next(1, 12)).Select(_ => (char)random.Next('a', 'z' + 1))]);

    private static T Pick<T>(Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    private static string Describe(string[] args) => string.Join(' ', args.Select(a => a.Length > 30 ? a[..30] + "…" : a));

    private static string Trim(string text) => text.Length > 200 ? text[..200] : text;
}

/// <summary>Bytes that are not UTF-8 can only reach a real process: pass them through bash.</summary>
public class NonUtf8ArgumentTests
{
    [Test]
    [Arguments("jobs publish --job-id J1 --$'\\xff\\xfe'")]
    [Arguments("messages send $'\\xff' $'\\xfe\\x80'")]
    [Arguments("credits ledger --limit $'\\xff'")]
    [Arguments("$'\\xff\\xfe' list")]
    public async Task Non_utf8_arguments_are_usage_errors(string arguments)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        var start = new System.Diagnostics.ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add("-c");
        start.ArgumentList.Add($"exec \"$0\" {arguments}");
        start.ArgumentList.Add(PublishedBinary.Path!);
        start.Environment["OT_API_TOKEN"] = Fixtures.PreClaimToken;
        start.Environment["OT_API_BASE_URL"] = "http://127.0.0.1:9";
        start.Environment["XDG_CONFIG_HOME"] = "/nonexistent/opentrain-fuzz";
        using var process = System.Diagnostics.Process.Start(start)!;
        var stderr = await process.StandardError.ReadToEndAsync();
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        await Assert.That(process.ExitCode).IsEqualTo(1);
        await Assert.That(stderr).StartsWith("Usage error: ");
        await Assert.That(stderr).DoesNotContain("   at ");
        await Assert.That(stdout).IsEmpty();
    }
}
