using System.Text.RegularExpressions;
using OpenTrain.Toolkit;
using OpenTrain.Tests.Support;
using OpenTrain.Commands;

namespace OpenTrain.Tests.Cli;

/// <summary>A flag a command refuses to run without is marked required in its help (ids may come positionally instead).</summary>
public partial class RequiredFlagsTests
{
    public static IEnumerable<string> Commands() => CommandTable.All.Select(c => c.Path);

    [Test]
    [MethodDataSource(nameof(Commands))]
    public async Task A_flag_the_command_cannot_run_without_is_marked_required_in_help(string command)
    {
        await using var api = await ApiSession.StartAsync();
        var bare = await api.RunAsync(command.Split(' '));
        var missing = MissingFlag().Match(bare.Stderr);
        if (!missing.Success) return;

        var flag = missing.Groups[1].Value;
        var help = (await CliRunner.RunAsync([.. command.Split(' '), "--help"])).Stdout;
        if (help.Contains($"  <{flag[2..]}>", StringComparison.Ordinal)) return; // given positionally: the argument row says so
        var row = Regex.Match(help, $@"^  (--[a-z-]+, )*{Regex.Escape(flag)}[ ,<].*(\r?\n {{10,}}\S.*)*", RegexOptions.Multiline).Value;
        await Assert.That(row.Contains("required", StringComparison.OrdinalIgnoreCase)).IsTrue().Because($"'{command}' fails with '{missing.Value}' but its help row is: {row}");
    }

    [GeneratedRegex(@"Usage error: (--[a-z-]+) is required")]
    private static partial Regex MissingFlag();
}
