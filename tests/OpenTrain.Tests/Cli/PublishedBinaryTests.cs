using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

/// <summary>Smoke tests of the Native AOT binary itself (published by ./build.sh test).</summary>
public class PublishedBinaryTests
{
    [Test]
    public async Task Published_binary_prints_version_and_usage_errors()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");

        var version = await PublishedBinary.RunAsync(["--version"]);
        await Assert.That(version.ExitCode).IsEqualTo(0);
        await Assert.That(version.Stdout).IsEqualTo(RoutingTests.ProjectVersion + "\n");

        var alias = await PublishedBinary.RunAsync(["version"]);
        await Assert.That(alias.Stdout).IsEqualTo(version.Stdout);

        var help = await PublishedBinary.RunAsync([]);
        await Assert.That(help.ExitCode).IsEqualTo(0);
        await Assert.That(help.Stdout).Contains("  jobs draft create ");

        var unknown = await PublishedBinary.RunAsync(["jobs", "frobnicate"]);
        await Assert.That(unknown.ExitCode).IsEqualTo(1);
        await Assert.That(unknown.Stderr).StartsWith("Usage error: unknown command 'jobs frobnicate'");
        await Assert.That(unknown.Stderr).DoesNotContain("   at ");

        var badFlag = await PublishedBinary.RunAsync(["payments", "pending", "--base-url"]);
        await Assert.That(badFlag.ExitCode).IsEqualTo(1);
        await Assert.That(badFlag.Stderr).IsEqualTo("Usage error: --base-url needs a value\n");
    }
}
