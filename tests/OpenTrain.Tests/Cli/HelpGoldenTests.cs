using OpenTrain.Toolkit;
using OpenTrain.Tests.Support;
using OpenTrain.Commands;

namespace OpenTrain.Tests.Cli;

/// <summary>
/// Every help text and completion script, byte for byte, against the files in Cli/Golden: help is
/// rendered from the generated command table, so a change to a command's declaration shows here as
/// a reviewable diff. After an intended change: OPENTRAIN_UPDATE_GOLDEN=1 ./build.sh test, then read the diff.
/// </summary>
public class HelpGoldenTests
{
    private static string Folder => Path.Combine(RepoPaths.Root(), "tests", "OpenTrain.Tests", "Cli", "Golden");

    /// <summary>Golden file → the arguments that print it (space-separated).</summary>
    public static IEnumerable<(string File, string Args)> Texts() =>
    [
        .. CommandTable.All.SelectMany(c => c.Aliases.Prepend(c.Path)).Select(p => ($"help/{p.Replace(' ', '_')}.txt", p + " --help")),
        .. new[] { "bash", "zsh", "fish", "powershell" }.Select(s => ($"completion/{s}.txt", "completion " + s)),
        ("root.txt", "--help"),
        .. new[] { "jobs", "jobs draft", "auth", "messages" }.Select(n => ($"namespace-{n.Replace(' ', '_')}.txt", n)),
    ];

    [Test]
    [MethodDataSource(nameof(Texts))]
    public async Task The_text_is_the_golden_file(string golden, string args)
    {
        var file = Path.Combine(Folder, golden);
        var result = await CliRunner.RunAsync(args.Split(' '));

        await Assert.That(result.ExitCode).IsEqualTo(0);
        if (Environment.GetEnvironmentVariable("OPENTRAIN_UPDATE_GOLDEN") == "1") await File.WriteAllTextAsync(file, result.Stdout);
        await Assert.That(File.Exists(file)).IsTrue().Because($"{file} is missing: run with OPENTRAIN_UPDATE_GOLDEN=1");
        await Assert.That(result.Stdout).IsEqualTo(await File.ReadAllTextAsync(file));
    }

    [Test]
    public async Task Every_golden_help_file_is_a_command()
    {
        var expected = Texts().Select(t => t.File.Replace('/', Path.DirectorySeparatorChar)).Order(StringComparer.Ordinal);
        var files = Directory.GetFiles(Folder, "*.txt", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(Folder, f)).Order(StringComparer.Ordinal);

        await Assert.That(string.Join("\n", files)).IsEqualTo(string.Join("\n", expected));
    }

    /// <summary>The root help and every namespace listing fit an 80-column terminal (command help's example lines may run longer: they are meant to be copied whole).</summary>
    public static IEnumerable<string> Listings() =>
        ["--help", .. CommandTable.All.Select(c => c.Path.Split(' ')).SelectMany(w => Enumerable.Range(1, w.Length - 1).Select(n => string.Join(' ', w.Take(n)))).Distinct()];

    [Test]
    [MethodDataSource(nameof(Listings))]
    public async Task The_listing_fits_80_columns(string args)
    {
        var result = await CliRunner.RunAsync(args.Split(' '));

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout.Split('\n').Where(l => l.Length > 80)).IsEmpty();
    }
}
