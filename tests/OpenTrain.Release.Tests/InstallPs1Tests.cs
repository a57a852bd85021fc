using OpenTrain.Release.Tests.Support;

namespace OpenTrain.Release.Tests;

/// <summary>
/// install.ps1 under PowerShell 7 against a fake release on 127.0.0.1. The script picks the asset for the OS it
/// runs on, so on Linux/macOS it installs the .tar.gz of a stand-in binary and on Windows the .zip of the
/// real published opentrain.exe (OPENTRAIN_BINARY).
/// </summary>
public class InstallPs1Tests
{
    private static string ExeName => OperatingSystem.IsWindows() ? "opentrain.exe" : "opentrain";

    /// <summary>What the release's binary is, and the version it prints.</summary>
    private static (byte[] Binary, string Prints) Binary(string version)
    {
        if (!OperatingSystem.IsWindows()) return (FakeRelease.FakeBinary(version), version);
        var real = Environment.GetEnvironmentVariable("OPENTRAIN_BINARY");
        if (string.IsNullOrEmpty(real) || !File.Exists(real)) Skip.Test("OPENTRAIN_BINARY not set: run ./build.ps1 test");
        return (File.ReadAllBytes(real), Repo.ProjectVersion);
    }

    private static Dictionary<string, string> Env(LoopbackServer server, TempDir tmp) => new()
    {
        ["OPENTRAIN_INSTALL_BASE_URL"] = server.BaseUrl,
        ["OPENTRAIN_NO_MODIFY_PATH"] = "1",
    };

    [Test]
    public async Task Installs_the_requested_version_into_the_given_folder()
    {
        await Pwsh.SkipUnlessAvailableAsync();
        var (binary, prints) = Binary("1.2.3");
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), "1.2.3", binary);
        await using var server = LoopbackServer.ServeFolder(tmp.Combine("release"));
        var dir = tmp.Combine("my bin");

        var result = await Pwsh.RunFileAsync(Repo.PathOf("install.ps1"), ["--version", "v1.2.3", "--dir", dir], Env(server, tmp));

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        var installed = Path.Combine(dir, ExeName);
        await Assert.That(result.Stdout.TrimEnd()).IsEqualTo($"opentrain {prints} installed to {installed}");
        await Assert.That(File.ReadAllBytes(installed)).IsEquivalentTo(binary);
        if (!OperatingSystem.IsWindows())
        {
            await Assert.That(File.GetUnixFileMode(installed) & (UnixFileMode)0x1FF).IsEqualTo((UnixFileMode)Convert.ToInt32("755", 8));
        }
        var asset = FakeRelease.AssetName("1.2.3", FakeRelease.HostRid);
        await Assert.That(server.Requests.Select(r => r.Path)).IsEquivalentTo(new[] { "/download/v1.2.3/SHA256SUMS", $"/download/v1.2.3/{asset}" });
    }

    [Test]
    public async Task Without_a_version_installs_the_latest_release()
    {
        await Pwsh.SkipUnlessAvailableAsync();
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), "1.2.3", Binary("1.2.3").Binary);
        var (binary, prints) = Binary("1.3.0");
        FakeRelease.Publish(tmp.Combine("release"), "1.3.0", binary);
        await using var server = LoopbackServer.ServeFolder(tmp.Combine("release"));

        var result = await Pwsh.RunFileAsync(Repo.PathOf("install.ps1"), ["-Dir", tmp.Combine("bin")], Env(server, tmp));

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        await Assert.That(result.Stdout.TrimEnd()).IsEqualTo($"opentrain {prints} installed to {tmp.Combine("bin", ExeName)}");
        await Assert.That(server.Requests.Select(r => r.Path)).Contains("/latest/download/SHA256SUMS");
    }

    [Test]
    public async Task A_checksum_mismatch_fails_and_installs_nothing()
    {
        await Pwsh.SkipUnlessAvailableAsync();
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), "1.2.3", Binary("1.2.3").Binary);
        File.AppendAllText(FakeRelease.AssetPath(tmp.Combine("release"), "1.2.3", FakeRelease.HostRid), "tampered");
        await using var server = LoopbackServer.ServeFolder(tmp.Combine("release"));

        var result = await Pwsh.RunFileAsync(Repo.PathOf("install.ps1"), ["--version", "1.2.3", "--dir", tmp.Combine("bin")], Env(server, tmp));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains($"install.ps1: error: checksum mismatch for {FakeRelease.AssetName("1.2.3", FakeRelease.HostRid)}");
        await Assert.That(Directory.Exists(tmp.Combine("bin"))).IsFalse();
    }

    [Test]
    public async Task An_unknown_version_fails_with_a_clear_message()
    {
        await Pwsh.SkipUnlessAvailableAsync();
        using var tmp = new TempDir();
        await using var server = LoopbackServer.ServeFolder(tmp.Path);

        var result = await Pwsh.RunFileAsync(Repo.PathOf("install.ps1"), ["--version", "9.9.9", "--dir", tmp.Combine("bin")], Env(server, tmp));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains($"install.ps1: error: release v9.9.9 not found (no SHA256SUMS at {server.BaseUrl}/download/v9.9.9/)");
    }

    [Test]
    public async Task Piped_into_iex_a_failure_throws_instead_of_closing_the_session()
    {
        await Pwsh.SkipUnlessAvailableAsync();
        using var tmp = new TempDir();
        await using var server = LoopbackServer.ServeFolder(tmp.Path);
        var script = Repo.PathOf("install.ps1").Replace("'", "''");

        var result = await Pwsh.RunCommandAsync(
            $"try {{ Get-Content -Raw '{script}' | Invoke-Expression }} catch {{ Write-Output \"caught: $_\" }}; Write-Output 'session alive'", Env(server, tmp));

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        await Assert.That(result.Stdout).Contains("caught: opentrain was not installed: could not find the latest release");
        await Assert.That(result.Stdout).Contains("session alive");
    }

    [Test]
    public async Task Parses_without_errors()
    {
        await Pwsh.SkipUnlessAvailableAsync();
        var script = Repo.PathOf("install.ps1").Replace("'", "''");

        var result = await Pwsh.RunCommandAsync(
            $"$t = $null; $e = $null; [void][System.Management.Automation.Language.Parser]::ParseFile('{script}', [ref]$t, [ref]$e); Write-Output \"errors: $($e.Count)\"");

        await Assert.That(result.Stdout.Trim()).IsEqualTo("errors: 0").Because(result.ToString());
    }
}
