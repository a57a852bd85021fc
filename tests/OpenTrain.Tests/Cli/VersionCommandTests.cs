using System.Runtime.InteropServices;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

/// <summary><c>opentrain version</c>: the bare line, <c>--json</c>, its help, and usage errors (the router answers it: no request, no file).</summary>
public class VersionCommandTests
{
    private static string Version => RoutingTests.ProjectVersion;

    [Test]
    [Arguments("version", "--json")]
    [Arguments("--json", "version")]
    [Arguments("--version", "--json")]
    public async Task Json_prints_the_version_and_the_platform(string first, string second)
    {
        var result = await CliRunner.RunAsync([first, second]);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stderr).IsEmpty();
        await Assert.That(result.Stdout).IsEqualTo($"{{\n  \"version\": \"{Version}\",\n  \"platform\": \"{RuntimeInformation.RuntimeIdentifier}\"\n}}\n");
    }

    [Test]
    [Arguments("version", "--help")]
    [Arguments("version", "-h")]
    [Arguments("help", "version")]
    public async Task Help_says_what_it_prints(string first, string second)
    {
        var result = await CliRunner.RunAsync([first, second]);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith("Usage: opentrain version [--json]\n\nPrint the version of opentrain");
        await Assert.That(result.Stdout).Contains("  --json ");
        await Assert.That(result.Stdout).EndsWith("Example:\n  opentrain version --json\n");
        foreach (var line in result.Stdout.Split('\n')) await Assert.That(line.Length).IsLessThanOrEqualTo(80).Because(line);
    }

    [Test]
    public async Task An_unknown_flag_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["version", "--short"]);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).IsEqualTo("Usage error: unknown flag '--short': 'opentrain version' takes only --json. Run 'opentrain version --help'.\n");
    }

    [Test]
    public async Task An_extra_argument_with_json_is_one_failure_document()
    {
        var result = await CliRunner.RunAsync(["version", "now", "--json"]);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).StartsWith("{\n  \"error\": \"unknown argument 'now': 'opentrain version' takes only --json.");
        await Assert.That(result.Stdout).Contains("\"code\": \"USAGE_ERROR\"");
    }
}
