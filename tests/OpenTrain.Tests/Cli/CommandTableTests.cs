using OpenTrain.Cli;
using OpenTrain.Toolkit;
using OpenTrain.Tests.Support;
using OpenTrain.Commands;

namespace OpenTrain.Tests.Cli;

/// <summary>
/// The compile-time command table against the framework's registered commands, and every
/// framework message <see cref="FrameworkMessages"/> relies on (golden: a framework upgrade that
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

    /// <summary>
    /// The generator reads the same methods the framework does: every command's flags, their spellings,
    /// which take no value, and its positional arguments must be what the framework really parses.
    /// </summary>
    [Test]
    [MethodDataSource(nameof(Paths))]
    public async Task The_generated_flags_are_the_ones_the_framework_parses(string path)
    {
        var command = CommandTable.Find(path)!;
        var framework = CommandSurface.For(path);
        var ours = command.Options.Select(o => (Names: string.Join(",", o.Spellings.Order(StringComparer.Ordinal)), Boolean: o.Kind == OptionKind.Boolean));
        var theirs = framework.Flags.Select(f => (Names: string.Join(",", f.Spellings.Order(StringComparer.Ordinal)), Boolean: f.Type is null));

        await Assert.That(string.Join("\n", ours)).IsEqualTo(string.Join("\n", theirs));
        await Assert.That(command.Arguments.Count).IsEqualTo(framework.Arguments);
    }

    public static IEnumerable<string> Paths() => CommandTable.All.Select(c => c.Path);

    [Test]
    [Arguments("Argument '--nope' is not recognized.", "unknown flag '--nope'")]
    [Arguments("Argument 'extra' is not recognized.", "unexpected argument 'extra'")]
    [Arguments("Argument 'limit' failed to parse, provided value: abc", "invalid value 'abc' for --limit")]
    [Arguments("Argument 'limit' failed to parse, provided value: ", "--limit needs a value")]
    public async Task Framework_parse_messages_become_usage_errors(string frameworkMessage, string ours)
    {
        await Assert.That(FrameworkMessages.DescribeParseFailure(frameworkMessage)).IsEqualTo(ours);
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
