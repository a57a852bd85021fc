using OpenTrain.Toolkit;
using OpenTrain.Config;
using OpenTrain.Tests.Support;
using OpenTrain.Commands;

namespace OpenTrain.Tests.Cli;

public class HelpTopicsTests
{
    [Test]
    public async Task Exit_codes_topic_explains_0_1_and_130()
    {
        var result = await CliRunner.RunAsync(["help", "exit-codes"]);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stderr).IsEmpty();
        await Assert.That(result.Stdout).StartsWith("Exit codes (the same with and without --json):\n\n  0    Success.");
        await Assert.That(result.Stdout).Contains("pending approval");
        await Assert.That(result.Stdout).Contains("declined");
        await Assert.That(result.Stdout).Contains("\n  1    Any error:");
        await Assert.That(result.Stdout).Contains("\n  130  Interrupted (Ctrl-C, SIGINT, SIGTERM)");
    }

    [Test]
    public async Task Exit_codes_topic_covers_every_wait_and_follow()
    {
        var text = (await CliRunner.RunAsync(["help", "exit-codes"])).Stdout;
        var waits = CommandTable.All.Where(c => c.FlagNames.Contains("--wait")).Select(c => c.Path).ToList();
        var follows = CommandTable.All.Where(c => c.FlagNames.Contains("--follow")).Select(c => c.Path).ToList();

        await Assert.That(waits.Count).IsEqualTo(7);
        await Assert.That(follows).IsEquivalentTo(new[] { "jobs changes", "updates poll" });
        var oneLine = System.Text.RegularExpressions.Regex.Replace(text, "\\s+", " ");
        foreach (var command in waits) await Assert.That(oneLine).Contains($"'{command}'");
        foreach (var command in follows) await Assert.That(oneLine).Contains($"'{command} --follow'");
        await Assert.That(oneLine).Contains("running out of time (--timeout; code TIMEOUT)");
        await Assert.That(oneLine).Contains("run until interrupted: they exit 130");
    }

    [Test]
    public async Task Environment_topic_lists_every_variable_with_its_meaning()
    {
        var result = await CliRunner.RunAsync(["help", "environment"]);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith("Environment variables opentrain reads (an empty value counts as unset):\n\n");
        foreach (var (name, meaning) in EnvironmentNames.All)
            await Assert.That(result.Stdout).Contains($"  {name} ").And.Contains(meaning);
        foreach (var name in new[] { "OT_API_TOKEN", "OPENTRAIN_API_TOKEN", "OT_API_BASE_URL", "OPENTRAIN_API_BASE_URL",
                     OpenTrain.Mcp.McpCredentials.TokenVariable, "XDG_CONFIG_HOME", "HOME", "NO_COLOR", "HTTPS_PROXY", "HTTP_PROXY", "NO_PROXY" })
            await Assert.That(result.Stdout).Contains($"\n  {name} ");
    }

    [Test]
    public async Task Every_named_variable_is_in_the_environment_topic()
    {
        // The source reads most variables through these constants (OPENTRAIN_DEBUG, COLUMNS), which the literal scan below cannot see.
        var result = await CliRunner.RunAsync(["help", "environment"]);
        var names = typeof(EnvironmentNames).GetFields(System.Reflection.BindingFlags.Public | System.Reflection.BindingFlags.Static)
            .Where(f => f.IsLiteral).Select(f => (string)f.GetRawConstantValue()!).ToList();

        await Assert.That(names).Contains("OPENTRAIN_DEBUG");
        foreach (var name in names) await Assert.That(result.Stdout).Contains($"\n  {name} ");
    }

    [Test]
    public async Task Every_variable_the_source_reads_is_in_the_table()
    {
        var src = Path.Combine(RepoPaths.Root(), "src", "OpenTrain");
        var listed = EnvironmentNames.All.Select(v => v.Name).ToHashSet();
        foreach (var file in Directory.EnumerateFiles(src, "*.cs", SearchOption.AllDirectories))
        {
            foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(File.ReadAllText(file), "(?:env|GetEnv|Environment|GetEnvironmentVariable)\\(\"([A-Z_]+)\"\\)"))
                await Assert.That(listed).Contains(m.Groups[1].Value);
        }
    }

    [Test]
    [Arguments("help")]
    [Arguments("--help")]
    public async Task Root_help_points_to_the_topics(string flag)
    {
        var result = await CliRunner.RunAsync([flag]);

        await Assert.That(result.Stdout).Contains("Run 'opentrain help exit-codes' or 'opentrain help environment' for exit codes\nand the environment variables read.\n");
    }
}
