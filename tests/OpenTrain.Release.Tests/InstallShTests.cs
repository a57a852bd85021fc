using OpenTrain.Release.Tests.Support;

namespace OpenTrain.Release.Tests;

/// <summary>install.sh against a fake release served on 127.0.0.1 (archives of a stand-in binary).</summary>
public class InstallShTests
{
    private static async Task<ProcessResult> InstallAsync(LoopbackServer server, string home, params string[] args)
    {
        if (OperatingSystem.IsWindows()) Skip.Test("install.sh is for Linux and macOS (install.ps1 is tested on Windows)");
        return await ProcessRunner.RunAsync("bash", [Repo.PathOf("install.sh"), .. args], new Dictionary<string, string>
        {
            ["OPENTRAIN_INSTALL_BASE_URL"] = server.BaseUrl,
            ["HOME"] = home,
        });
    }

    [Test]
    public async Task Installs_the_requested_version_into_the_given_folder()
    {
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), "1.2.3", FakeRelease.FakeBinary("1.2.3"));
        await using var server = LoopbackServer.ServeFolder(tmp.Combine("release"));
        var dir = tmp.Combine("my bin");

        var result = await InstallAsync(server, tmp.Combine("home"), "--version", "v1.2.3", "--dir", dir);

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        var installed = Path.Combine(dir, "opentrain");
        await Assert.That(result.Stdout).IsEqualTo($"opentrain 1.2.3 installed to {installed}\n");
        await Assert.That(File.ReadAllBytes(installed)).IsEquivalentTo(FakeRelease.FakeBinary("1.2.3"));
        if (!OperatingSystem.IsWindows())
        {
            await Assert.That(File.GetUnixFileMode(installed) & (UnixFileMode)0x1FF).IsEqualTo((UnixFileMode)Convert.ToInt32("755", 8));
        }
        var asset = FakeRelease.AssetName("1.2.3", FakeRelease.HostRid);
        await Assert.That(server.Requests.Select(r => r.Path)).IsEquivalentTo(new[] { "/download/v1.2.3/SHA256SUMS", $"/download/v1.2.3/{asset}" });
    }

    [Test]
    public async Task Without_options_installs_the_latest_release_into_home_local_bin()
    {
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), "1.2.3", FakeRelease.FakeBinary("1.2.3"));
        FakeRelease.Publish(tmp.Combine("release"), "1.3.0", FakeRelease.FakeBinary("1.3.0"));
        await using var server = LoopbackServer.ServeFolder(tmp.Combine("release"));

        var result = await InstallAsync(server, tmp.Combine("home"));

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        var installed = tmp.Combine("home", ".local", "bin", "opentrain");
        await Assert.That(result.Stdout).IsEqualTo($"opentrain 1.3.0 installed to {installed}\n");
        await Assert.That(result.Stderr).Contains("is not on your PATH");
    }

    [Test]
    public async Task A_checksum_mismatch_fails_and_installs_nothing()
    {
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), "1.2.3", FakeRelease.FakeBinary("1.2.3"));
        File.AppendAllText(FakeRelease.AssetPath(tmp.Combine("release"), "1.2.3", FakeRelease.HostRid), "tampered");
        await using var server = LoopbackServer.ServeFolder(tmp.Combine("release"));
        var dir = tmp.Combine("bin");

        var result = await InstallAsync(server, tmp.Combine("home"), "--version", "1.2.3", "--dir", dir);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains($"install.sh: error: checksum mismatch for {FakeRelease.AssetName("1.2.3", FakeRelease.HostRid)}");
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(Directory.Exists(dir)).IsFalse();
    }

    [Test]
    public async Task An_unknown_version_fails_with_a_clear_message()
    {
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), "1.2.3", FakeRelease.FakeBinary("1.2.3"));
        await using var server = LoopbackServer.ServeFolder(tmp.Combine("release"));

        var result = await InstallAsync(server, tmp.Combine("home"), "--version", "9.9.9", "--dir", tmp.Combine("bin"));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains($"install.sh: error: release v9.9.9 not found (no SHA256SUMS at {server.BaseUrl}/download/v9.9.9/)");
    }

    [Test]
    public async Task A_release_without_an_asset_for_this_platform_fails()
    {
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), "1.2.3", FakeRelease.FakeBinary("1.2.3"), rids: ["win-x64"]);
        await using var server = LoopbackServer.ServeFolder(tmp.Combine("release"));

        var pinned = await InstallAsync(server, tmp.Combine("home"), "--version", "1.2.3", "--dir", tmp.Combine("bin"));
        var latest = await InstallAsync(server, tmp.Combine("home"), "--dir", tmp.Combine("bin"));

        await Assert.That(pinned.ExitCode).IsEqualTo(1);
        await Assert.That(pinned.Stderr).Contains($"release v1.2.3 has no asset for {FakeRelease.HostRid}");
        await Assert.That(latest.ExitCode).IsEqualTo(1);
        await Assert.That(latest.Stderr).Contains($"the latest release has no asset for {FakeRelease.HostRid}");
        await Assert.That(Directory.Exists(tmp.Combine("bin"))).IsFalse();
    }

    [Test]
    [Arguments("FreeBSD", "x86_64", "unsupported OS 'FreeBSD'")]
    [Arguments("Linux", "riscv64", "unsupported CPU 'riscv64'")]
    public async Task An_unsupported_platform_fails_before_any_download(string os, string cpu, string message)
    {
        if (OperatingSystem.IsWindows()) Skip.Test("install.sh is for Linux and macOS");
        using var tmp = new TempDir();
        await using var server = LoopbackServer.ServeFolder(tmp.Path);
        // A stand-in uname first on PATH: the script's own detection code runs.
        Directory.CreateDirectory(tmp.Combine("fakebin"));
        File.WriteAllText(tmp.Combine("fakebin", "uname"), $"#!/bin/sh\ncase \"$1\" in -s) echo {os} ;; -m) echo {cpu} ;; *) echo {os} ;; esac\n");
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(tmp.Combine("fakebin", "uname"), (UnixFileMode)Convert.ToInt32("755", 8));

        var result = await ProcessRunner.RunAsync("bash", [Repo.PathOf("install.sh"), "--dir", tmp.Combine("bin")], new Dictionary<string, string>
        {
            ["OPENTRAIN_INSTALL_BASE_URL"] = server.BaseUrl,
            ["HOME"] = tmp.Combine("home"),
            ["PATH"] = tmp.Combine("fakebin") + Path.PathSeparator + Environment.GetEnvironmentVariable("PATH"),
        });

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains($"install.sh: error: {message}");
        await Assert.That(server.Requests).IsEmpty();
    }

    [Test]
    public async Task Rejects_unknown_options()
    {
        using var tmp = new TempDir();
        await using var server = LoopbackServer.ServeFolder(tmp.Path);

        var result = await InstallAsync(server, tmp.Combine("home"), "--prefix", "/usr");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("install.sh: error: unknown option '--prefix' (expected --version <v> or --dir <path>)\n");
    }

    [Test]
    public async Task Installs_the_real_published_binary_which_then_runs()
    {
        var binary = Environment.GetEnvironmentVariable("OPENTRAIN_BINARY");
        if (string.IsNullOrEmpty(binary) || !File.Exists(binary)) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), Repo.ProjectVersion, File.ReadAllBytes(binary), rids: [FakeRelease.HostRid]);
        await using var server = LoopbackServer.ServeFolder(tmp.Combine("release"));

        var result = await InstallAsync(server, tmp.Combine("home"), "--dir", tmp.Combine("bin"));

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        await Assert.That(result.Stdout).IsEqualTo($"opentrain {Repo.ProjectVersion} installed to {tmp.Combine("bin", "opentrain")}\n");
    }
}
