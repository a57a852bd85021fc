using OpenTrain.Commands;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

public class RoutingTests
{
    private static readonly string[] Namespaces =
        ["auth", "jobs", "proposals", "freelancers", "messages", "contracts", "milestones", "approvals",
         "credits", "updates", "webhooks", "tokens", "team", "payments"];

    [Test]
    public async Task No_arguments_help_and_dash_dash_help_print_the_same_usage()
    {
        var bare = await CliRunner.RunAsync([]);
        var help = await CliRunner.RunAsync(["help"]);
        var flag = await CliRunner.RunAsync(["--help"]);

        await Assert.That(bare.ExitCode).IsEqualTo(0);
        await Assert.That(bare.Stdout).StartsWith("opentrain: the command-line client for the OpenTrain Public API.");
        await Assert.That(help.Stdout).IsEqualTo(bare.Stdout);
        await Assert.That(flag.Stdout).IsEqualTo(bare.Stdout);
        await Assert.That(help.ExitCode).IsEqualTo(0);
        await Assert.That(flag.ExitCode).IsEqualTo(0);
        await Assert.That(bare.Stderr).IsEmpty();
    }

    [Test]
    public async Task Usage_lists_every_namespace_and_command_with_a_description()
    {
        var result = await CliRunner.RunAsync([]);
        foreach (var ns in Namespaces)
            await Assert.That(result.Stdout).Contains($"\n  {ns} ");
        await Assert.That(result.Stdout).Contains("  jobs draft create ");
        await Assert.That(result.Stdout).Contains("  whoami ");
        await Assert.That(result.Stdout).Contains("  messages start-proposal-thread\n");
        var lines = result.Stdout.Split('\n');
        // Entries start at column 2; wrapped descriptions (and a long name's description) continue deeper.
        var commandLines = lines
            .Where(l => l.Length > 2 && l.StartsWith("  ", StringComparison.Ordinal) && l[2] != ' ' && !l.StartsWith("  -", StringComparison.Ordinal) && !l.StartsWith("  $", StringComparison.Ordinal)).ToList();
        // Every command of the table and each alias (whoami), plus what the router answers itself.
        string[] routerEntries = ["completion", "mcp", "version", "help"];
        foreach (var entry in routerEntries)
            await Assert.That(commandLines).Contains(l => l.StartsWith($"  {entry} ", StringComparison.Ordinal));
        await Assert.That(commandLines.Count).IsEqualTo(CommandTable.All.Length + CommandTable.All.Sum(c => c.Aliases.Count) + routerEntries.Length);
        foreach (var line in commandLines)
        {
            var next = lines[Array.IndexOf(lines, line) + 1];
            await Assert.That(line.Trim().Contains("  ") || next.StartsWith("                ", StringComparison.Ordinal)).IsTrue()
                .Because($"every entry has a description column: {line}");
        }
    }

    [Test]
    public async Task Root_help_groups_commands_by_workflow_after_a_quick_start_and_says_where_the_base_url_comes_from()
    {
        var result = await CliRunner.RunAsync([], new Dictionary<string, string>(TestEnvironment.Isolated()) { ["OT_API_BASE_URL"] = "http://127.0.0.1:8787/" });
        var headings = result.Stdout.Split('\n').Where(l => l.EndsWith(':') && !l.StartsWith(' ')).ToList();

        await Assert.That(result.Stdout).Contains("Quick start (an agent, end to end):\n  $ opentrain auth register");
        await Assert.That(string.Join("|", headings)).IsEqualTo(
            "Quick start (an agent, end to end):|Onboarding:|Jobs:|Hiring (proposals, candidates, messages):|Money (contracts, milestones, approvals, credits):|Events:|Admin:|Tools:|Flags accepted by every command:");
        await Assert.That(result.Stdout).Contains("--base-url <url>   API origin for this call (now: http://127.0.0.1:8787, from\n                     OT_API_BASE_URL).");
    }

    [Test]
    public async Task Command_help_says_which_base_url_is_in_use_and_where_it_comes_from()
    {
        var fromEnv = await CliRunner.RunAsync(["jobs", "list", "--help"], new Dictionary<string, string>(TestEnvironment.Isolated()) { ["OPENTRAIN_API_BASE_URL"] = "http://127.0.0.1:8787/" });
        var byDefault = await CliRunner.RunAsync(["jobs", "list", "--help"], TestEnvironment.Isolated());

        await Assert.That(string.Join(' ', fromEnv.Stdout.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)))
            .Contains("--base-url <url> API origin for this call (now: http://127.0.0.1:8787, from OPENTRAIN_API_BASE_URL).");
        await Assert.That(string.Join(' ', byDefault.Stdout.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)))
            .Contains("--base-url <url> API origin for this call (now: https://app.opentrain.ai, the default, unless the credentials file saved another).");
    }

    [Test]
    [Arguments("--version")]
    [Arguments("version")]
    public async Task Version_prints_the_bare_version(string arg)
    {
        var result = await CliRunner.RunAsync([arg]);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(ProjectVersion + "\n");
    }

    [Test]
    public async Task A_namespace_alone_lists_only_its_commands()
    {
        var result = await CliRunner.RunAsync(["jobs"]);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith("Usage: opentrain jobs <verb> [flags]");
        await Assert.That(result.Stdout).Contains("  jobs publish ");
        await Assert.That(result.Stdout).Contains("  jobs draft create ");
        await Assert.That(result.Stdout).DoesNotContain("proposals list");
    }

    [Test]
    public async Task A_group_alone_lists_its_commands()
    {
        var result = await CliRunner.RunAsync(["jobs", "draft"]);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).Contains("  jobs draft update ");
        await Assert.That(result.Stdout).DoesNotContain("jobs publish");
    }

    [Test]
    public async Task Help_with_a_namespace_lists_that_namespace()
    {
        var result = await CliRunner.RunAsync(["help", "credits"]);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith("Usage: opentrain credits <verb> [flags]");
    }

    [Test]
    public async Task Unknown_verb_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["jobs", "frobnicate"]);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).IsEqualTo("Usage error: unknown command 'jobs frobnicate'. Run 'opentrain jobs' to list its commands.\n");
    }

    [Test]
    public async Task Unknown_namespace_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["frobnicate"]);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("Usage error: unknown command 'frobnicate'. Run 'opentrain help' to list commands.\n");
    }

    [Test]
    public async Task Unknown_leading_flag_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["--frobnicate"]);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Usage error: unknown flag '--frobnicate'");
    }

    [Test]
    public async Task Command_help_shows_synopsis_with_program_name_and_global_flags()
    {
        var result = await CliRunner.RunAsync(["payments", "pending", "--help"]);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith("Usage: opentrain payments pending");
        await Assert.That(result.Stdout).Contains("--base-url");
        await Assert.That(result.Stdout).Contains("--json");
    }

    [Test]
    public async Task Global_option_without_value_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["payments", "pending", "--base-url"]);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("Usage error: --base-url needs a value\n");
    }

    internal static string ProjectVersion =>
        typeof(OpenTrain.Cli.CliApp).Assembly.GetName().Version!.ToString(3);
}
