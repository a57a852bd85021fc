using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

/// <summary>
/// Help, usage listings and the version open no file: the credentials file is a FIFO here, which any
/// open for reading would block on (no writer ever comes), so a run that touched it would never end.
/// </summary>
public class HelpReadsNoFileTests
{
    [Test]
    [Arguments("--version")]
    [Arguments("version --json")]
    [Arguments("--help")]
    [Arguments("jobs")]
    [Arguments("jobs list --help")]
    [Arguments("help proposals hire")]
    [Arguments("mcp --help")]
    [Arguments("completion bash")]
    public async Task Runs_without_opening_the_credentials_file(string args)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        using var env = new TestEnvironment();
        Directory.CreateDirectory(Path.GetDirectoryName(env.CredentialsPath)!);
        var mkfifo = await ShellProcess.RunAsync("mkfifo", env.CredentialsPath);
        await Assert.That(mkfifo.ExitCode).IsEqualTo(0);

        // The timeout only guards against a hang (the failure this test looks for); it is no timing goal.
        var result = await PublishedBinary.RunAsync(args.Split(' '), env.Variables, timeout: TimeSpan.FromSeconds(30));

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stderr).IsEmpty();
        await Assert.That(result.Stdout).DoesNotContain("cannot be read");
    }
}
