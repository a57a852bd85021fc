using OpenTrain.Cli;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

/// <summary>
/// The compile-time command table against the framework's registered commands, and every
/// framework string <see cref="FrameworkHelp"/> relies on (golden: a framework upgrade that
/// changes one fails here first).
/// </summary>
public class CommandTableTests
{
    private static string Framework(params string[] args)
    {
        CommandContext.SetCurrent(new CommandContext(new TestTerminal().Build(), _ => null));
        try
        {
            return CliApp.Capture(args);
        }
        finally
        {
            CommandContext.SetCurrent(null);
        }
    }

    /// <summary>The framework's root help: one <c>  path[, alias]  summary</c> line per registered command.</summary>
    private static List<(string Path, string[] Aliases, string Summary)> FrameworkCommands()
    {
        var rows = new List<(string, string[], string)>();
        var inCommands = false;
        foreach (var line in Framework("--help").Split('\n'))
        {
            if (line.StartsWith("Commands:", StringComparison.Ordinal)) { inCommands = true; continue; }
            if (!inCommands || !line.StartsWith("  ", StringComparison.Ordinal)) continue;
            var body = line.Trim();
            var gap = body.IndexOf("  ", StringComparison.Ordinal);
            var names = body[..gap].Split(", ");
            rows.Add((names[0], names[1..], body[gap..].Trim()));
        }
        return rows;
    }

    [Test]
    public async Task The_table_lists_exactly_the_framework_commands_with_their_summaries_and_aliases()
    {
        var framework = FrameworkCommands().OrderBy(c => c.Path, StringComparer.Ordinal).ToList();
        var table = CommandTable.All.OrderBy(c => c.Path, StringComparer.Ordinal).ToList();

        await Assert.That(string.Join("\n", table.Select(c => c.Path))).IsEqualTo(string.Join("\n", framework.Select(c => c.Path)));
        foreach (var (path, aliases, summary) in framework)
        {
            var entry = CommandTable.Find(path)!;
            await Assert.That(entry.Summary).IsEqualTo(summary);
            await Assert.That(string.Join(",", entry.Aliases)).IsEqualTo(string.Join(",", aliases));
        }
    }

    [Test]
    public async Task Every_framework_help_string_we_adapt_is_still_what_the_framework_prints()
    {
        var hire = Framework("proposals", "hire", "--help");
        await Assert.That(hire).StartsWith(FrameworkHelp.UsagePrefix + "proposals hire ");
        await Assert.That(hire).Contains(FrameworkHelp.NullDefault);
        await Assert.That(hire).Contains(", " + FrameworkHelp.UndocumentedSpellings[0]);
        await Assert.That(Framework("jobs", "list", "--help")).Contains("<int" + FrameworkHelp.NullableMarker);
        await Assert.That(Framework("--help")).Contains(FrameworkHelp.BuiltInFlags);
        await Assert.That(Framework("whoami", "--help")).StartsWith(FrameworkHelp.UsagePrefix + "auth status" + FrameworkHelp.AliasSeparator + "whoami ");
    }

    [Test]
    [Arguments("Argument '--nope' is not recognized.", "unknown flag '--nope'")]
    [Arguments("Argument 'extra' is not recognized.", "unexpected argument 'extra'")]
    [Arguments("Argument 'limit' failed to parse, provided value: abc", "invalid value 'abc' for --limit")]
    [Arguments("Argument 'limit' failed to parse, provided value: ", "--limit needs a value")]
    public async Task Framework_parse_messages_become_usage_errors(string frameworkMessage, string ours)
    {
        await Assert.That(FrameworkHelp.DescribeParseFailure(frameworkMessage)).IsEqualTo(ours);
    }

    [Test]
    public async Task The_framework_still_words_parse_failures_as_we_match_them()
    {
        var unknownFlag = await CliRunner.RunAsync(["jobs", "list", "--nope"]);
        var badNumber = await CliRunner.RunAsync(["jobs", "list", "--limit", "abc"]);

        await Assert.That(unknownFlag.Stderr).IsEqualTo("Usage error: unknown flag '--nope'. Run 'opentrain jobs list --help' for its flags.\n");
        await Assert.That(badNumber.Stderr).IsEqualTo("Usage error: invalid value 'abc' for --limit\n");
    }
}
