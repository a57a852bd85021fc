using OpenTrain.Cli;
using OpenTrain.Tests.Support;

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
        var shape = CommandSurface.For(command);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith($"Usage: opentrain {command} ");
        foreach (var (flag, _) in shape.Flags) await Assert.That(result.Stdout).Contains(flag);
        await Assert.That(result.Stdout).Contains("--json");
        await Assert.That(result.Stdout).EndsWith($"\nExample:\n  {CommandTable.Find(command)!.Example.Replace("\n", "\n  ", StringComparison.Ordinal)}\n");
        foreach (var spelling in FrameworkHelp.UndocumentedSpellings) await Assert.That(result.Stdout).DoesNotContain(spelling);
    }
}
