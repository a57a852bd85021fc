using OpenTrain.Release.Tests.Support;

namespace OpenTrain.Release.Tests;

/// <summary>The shell scripts parse, and pass shellcheck where it is installed (.ci/run installs it).</summary>
public class ScriptLintTests
{
    [Test]
    [Arguments("install.sh")]
    [Arguments("build.sh")]
    [Arguments("eng/sandbox.sh")]
    public async Task Script_passes_bash_n_and_shellcheck(string script)
    {
        if (OperatingSystem.IsWindows()) Skip.Test("bash scripts are checked on Linux and macOS");

        var syntax = await ProcessRunner.RunAsync("bash", ["-n", Repo.PathOf(script)]);
        await Assert.That(syntax.ExitCode).IsEqualTo(0).Because(syntax.ToString());

        if (ProcessRunner.Find("shellcheck") is null) Skip.Test("shellcheck not installed (apt-get install shellcheck)");
        var lint = await ProcessRunner.RunAsync("shellcheck", [Repo.PathOf(script)]);
        await Assert.That(lint.ExitCode).IsEqualTo(0).Because(lint.ToString());
    }
}
