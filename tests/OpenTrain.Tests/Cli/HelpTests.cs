using OpenTrain.Toolkit;
using OpenTrain.Tests.Support;
using OpenTrain.Commands;

namespace OpenTrain.Tests.Cli;

/// <summary>Every command in the table, auth included, documents its synopsis, every flag it accepts and an example.</summary>
public class HelpTests
{
    public static IEnumerable<string> Commands() => CommandTable.All.Select(c => c.Path);

    [Test]
    [MethodDataSource(nameof(Commands))]
    public async Task Help_shows_synopsis_every_flag_and_the_example(string command)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith($"Usage: opentrain {command} ");
        foreach (var flag in CommandTable.Find(command)!.FlagNames) await Assert.That(result.Stdout).Contains(flag);
        await Assert.That(result.Stdout).Contains("--json");
        await Assert.That(result.Stdout).EndsWith($"\nExample:\n  {CommandTable.Find(command)!.Example.Replace("\n", "\n  ", StringComparison.Ordinal)}\n");
        foreach (var spelling in CommandTable.Find(command)!.Options.SelectMany(o => o.HiddenSpellings)) await Assert.That(result.Stdout).DoesNotContain(spelling);
    }

    [Test]
    [Arguments("help", "help")]
    [Arguments("help", "--help")]
    public async Task Help_on_help_is_the_root_help(string first, string second)
    {
        var result = await CliRunner.RunAsync([first, second]);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo((await CliRunner.RunAsync(["help"])).Stdout);
    }

    [Test]
    [Arguments("api", "  --input <path|->  ")]
    [Arguments("api", "  -f, --raw-field <key=value>  ")]
    [Arguments("api", "  -F, --field <key=json>  ")]
    [Arguments("api", "  -q, --query <key=value>  ")]
    [Arguments("updates poll", "  --cursor-file <path>  ")]
    public async Task Value_placeholders_say_what_to_type(string command, string row)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);

        await Assert.That(result.Stdout).Contains(row);
    }

    [Test]
    [Arguments("auth register", "Print the result as one JSON object built by the CLI (not an API")]
    [Arguments("auth login", "Print the result as one JSON object built by the CLI (not an API")]
    [Arguments("auth logout", "Print the result as one JSON object built by the CLI (not an API")]
    [Arguments("auth claim", "Print the result as one JSON object built by the CLI (not an API")]
    [Arguments("auth claim-status", "Print the result as one JSON object built by the CLI (not an API")]
    [Arguments("auth status", "Print the /auth/me response JSON as received, plus cliAccess")]
    [Arguments("whoami", "Print the /auth/me response JSON as received, plus cliAccess")]
    public async Task Json_help_of_auth_commands_says_what_they_print(string command, string text)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);
        var oneLine = System.Text.RegularExpressions.Regex.Replace(result.Stdout, "\\s+", " ");

        await Assert.That(oneLine).Contains(text);
        await Assert.That(oneLine).DoesNotContain("exactly as received");
    }

    public static IEnumerable<string> PagedCommands() =>
        CommandTable.All.Where(c => c.Path is not ("updates poll" or "webhooks listen") && c.FlagNames.Contains("--cursor")).Select(c => c.Path);

    [Test]
    [MethodDataSource(nameof(PagedCommands))]
    public async Task Every_page_cursor_is_described_the_same_way(string command)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);

        var oneLine = System.Text.RegularExpressions.Regex.Replace(result.Stdout, "\\s+", " ");

        await Assert.That(oneLine).Contains("--cursor <cursor> Page cursor from the previous page's 'Next cursor'.");
    }

    [Test]
    [MethodDataSource(nameof(Commands))]
    public async Task Help_fits_80_columns_but_for_the_synopsis_docs_link_and_example(string command)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);
        var body = result.Stdout[..result.Stdout.IndexOf("\nExample:\n", StringComparison.Ordinal)];

        foreach (var line in body.Split('\n').Where(l => l.Length > 80))
            await Assert.That(line.StartsWith("Usage: ", StringComparison.Ordinal) || line.StartsWith("  Docs:", StringComparison.Ordinal)).IsTrue().Because(line);
    }
}
