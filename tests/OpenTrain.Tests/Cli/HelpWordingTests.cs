using System.Text.RegularExpressions;
using OpenTrain.Cli;
using OpenTrain.Toolkit;
using OpenTrain.Tests.Support;
using OpenTrain.Commands;

namespace OpenTrain.Tests.Cli;

/// <summary>
/// Every command's help, through the real argv path, words positional ids, numeric ranges, dates and
/// times one way (<see cref="HelpWording"/>): a new command or flag that words them differently fails here.
/// </summary>
public partial class HelpWordingTests
{
    public static IEnumerable<string> Commands() => CommandTable.All.Select(c => c.Path);

    /// <summary>The flags that take a date or a time, and whether they also take a time stamp.</summary>
    private static readonly (string Command, string Flag, bool TakesTime)[] DateFlags =
    [
        ("jobs changes", "--since", true),
        ("milestones create", "--due-date", true),
        ("proposals hire", "--due-date", false),
    ];

    [Test]
    [MethodDataSource(nameof(Commands))]
    public async Task Positional_arguments_are_ids_worded_the_standard_way(string command)
    {
        var (arguments, options) = await HelpRows(command);
        // Arguments that are not ids are named by their parameter (api's <method> and <path>).
        var named = CommandTable.Find(command)!.Arguments.Where(a => !a.Description.Contains("-id", StringComparison.Ordinal)).Select(a => $"<{a.Name}>").ToList();
        foreach (var (spec, text) in arguments.Where(a => !named.Contains(a.Spec)))
        {
            await Assert.That(spec).EndsWith("-id>");
            var flag = "--" + spec[1..^1];
            await Assert.That(text).IsEqualTo(HelpWording.PositionalId(flag));
            await Assert.That(options.Any(o => o.Spec == $"{flag} {spec}")).IsTrue();
        }
    }

    [Test]
    [MethodDataSource(nameof(Commands))]
    public async Task Numeric_ranges_and_defaults_use_one_phrasing(string command)
    {
        var (arguments, options) = await HelpRows(command);
        foreach (var (_, text) in arguments.Concat(options))
        {
            await Assert.That(OtherRange().IsMatch(text)).IsFalse().Because($"'{text}': write ranges as {HelpWording.Range(1, 100, 20)}");
            await Assert.That(OtherDefault().IsMatch(text)).IsFalse().Because($"'{text}': write a number's default as ', default 20'");
        }
    }

    [Test]
    [MethodDataSource(nameof(Commands))]
    public async Task Dates_and_times_read_the_same_everywhere(string command)
    {
        var (_, options) = await HelpRows(command);
        foreach (var (spec, text) in options)
        {
            var flag = spec.Split(' ')[0];
            var declared = DateFlags.Where(d => d.Command == command && d.Flag == flag).ToList();
            var mentionsDates = text.Contains("YYYY", StringComparison.Ordinal) || text.Contains("ISO 8601", StringComparison.Ordinal);
            await Assert.That(declared.Count == 1).IsEqualTo(spec.EndsWith("<date>", StringComparison.Ordinal) || spec.EndsWith("<time>", StringComparison.Ordinal))
                .Because($"{command} {spec}: a date or time flag is listed in DateFlags");
            await Assert.That(mentionsDates).IsEqualTo(declared.Count == 1).Because($"{command} {spec}: only date and time flags name a date format");
            if (declared.Count == 0) continue;
            await Assert.That(text).Contains(declared[0].TakesTime ? ": " + HelpWording.DateOrTime : ": " + HelpWording.DateOnly + ".");
            await Assert.That(spec.EndsWith("<time>", StringComparison.Ordinal)).IsEqualTo(flag == "--since");
        }
    }

    [Test]
    [Arguments("proposals hire P1 --milestone-name x --amount 300 --due-date", false)]
    [Arguments("milestones create ct_1 --description x --amount 300 --due-date", true)]
    [Arguments("jobs changes --since", true)]
    public async Task A_flag_takes_a_time_stamp_exactly_when_its_help_says_so(string commandLine, bool takesTime)
    {
        var words = commandLine.Split(' ');
        var command = string.Join(' ', words.Take(2));
        var flag = words[^1];
        await Assert.That(DateFlags.Single(d => d.Command == command && d.Flag == flag).TakesTime).IsEqualTo(takesTime);
        var (_, options) = await HelpRows(command);
        await Assert.That(options.Single(o => o.Spec.StartsWith(flag + " ", StringComparison.Ordinal)).Text.Contains(HelpWording.DateOrTime)).IsEqualTo(takesTime);

        await using var api = await ApiSession.StartAsync();
        var dateOnly = await api.RunAsync([.. words, "2026-07-15"]);
        var timeStamp = await api.RunAsync([.. words, "2026-07-15T09:00:00Z"]);

        await Assert.That(dateOnly.Stderr).DoesNotContain("Usage error");
        await Assert.That(timeStamp.Stderr.Contains($"Usage error: {flag} must", StringComparison.Ordinal)).IsEqualTo(!takesTime);
        await Assert.That(api.Requests.Count).IsEqualTo(takesTime ? 2 : 1);
    }

    /// <summary>The Arguments and Options rows of a command's help, each description on one line.</summary>
    private static async Task<(List<(string Spec, string Text)> Arguments, List<(string Spec, string Text)> Options)> HelpRows(string command)
    {
        var result = await CliRunner.RunAsync([.. command.Split(' '), "--help"]);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        return (Section(result.Stdout, "Arguments:"), Section(result.Stdout, "Options:"));
    }

    private static List<(string Spec, string Text)> Section(string help, string title)
    {
        var rows = new List<(string Spec, string Text)>();
        foreach (var line in help.Split('\n').SkipWhile(l => l != title).Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal)))
        {
            var body = line.Trim();
            var gap = body.IndexOf("  ", StringComparison.Ordinal);
            if (line.StartsWith("   ", StringComparison.Ordinal) && rows.Count > 0)
                rows[^1] = (rows[^1].Spec, (rows[^1].Text + " " + body).Trim());
            else
                rows.Add(gap < 0 ? (body, "") : (body[..gap], body[gap..].Trim()));
        }
        return rows;
    }

    /// <summary><c>1 to 100</c>, <c>1-200</c>, <c>10 and 10000</c> (but not a date such as 2026-07-15).</summary>
    [GeneratedRegex(@"(?<![\d-])\d[\d,]*(?: to |-| and )\d[\d,]*(?![\d-])")]
    private static partial Regex OtherRange();

    /// <summary><c>(default 5)</c>, <c>server default 20</c>, <c>default: 50</c>: a number's default not written ", default 5".</summary>
    [GeneratedRegex(@"(?<!, )default:? \d|\(default:? \d")]
    private static partial Regex OtherDefault();
}
