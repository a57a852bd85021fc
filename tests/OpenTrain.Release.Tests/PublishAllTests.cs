using System.Text;
using OpenTrain.Release.Tests.Support;

namespace OpenTrain.Release.Tests;

/// <summary>
/// The binaries of <c>./build.sh publish-all</c> in artifacts/&lt;rid&gt;/. Skipped when they are absent, so
/// <c>./build.sh test</c> stays fast on a developer machine; .ci/run publishes them before the tests.
/// </summary>
public class PublishAllTests
{
    private const string QemuSkip = "qemu-aarch64-static not found: apt-get install qemu-user-static";

    private static string BinaryOrSkip(string rid)
    {
        var path = Repo.PathOf($"artifacts/{rid}/opentrain");
        if (!File.Exists(path)) Skip.Test($"{path} not found: run ./build.sh publish-all");
        return path;
    }

    /// <summary>
    /// Runs the linux-arm64 binary under qemu-user. The interpreter and the libraries both come from the cross
    /// sysroot (-L + LD_LIBRARY_PATH=/lib inside it): mixing it with a multiarch libc hangs (tech notes §5).
    /// </summary>
    private static Task<ProcessResult> RunArm64Async(string binary, TempDir home, params string[] args) =>
        ProcessRunner.RunAsync("qemu-aarch64-static", ["-L", "/usr/aarch64-linux-gnu", "-E", "LD_LIBRARY_PATH=/lib", binary, .. args],
            new Dictionary<string, string> { ["HOME"] = home.Path, ["XDG_CONFIG_HOME"] = home.Combine("config") },
            timeout: TimeSpan.FromSeconds(90));

    [Test]
    [Arguments("linux-arm64", 0xB7, "aarch64")]
    [Arguments("linux-x64", 0x3E, "x86-64")]
    public async Task Binary_is_a_64_bit_little_endian_ELF_for_its_CPU(string rid, int machine, string cpu)
    {
        var binary = BinaryOrSkip(rid);
        var header = new byte[20];
        await using (var file = File.OpenRead(binary)) await file.ReadExactlyAsync(header);

        await Assert.That(header[..4]).IsEquivalentTo(new byte[] { 0x7F, (byte)'E', (byte)'L', (byte)'F' });
        await Assert.That(header[4]).IsEqualTo((byte)2).Because("EI_CLASS 2 = 64-bit");
        await Assert.That(header[5]).IsEqualTo((byte)1).Because("EI_DATA 1 = little-endian");
        await Assert.That(BitConverter.ToUInt16(header, 18)).IsEqualTo((ushort)machine).Because($"e_machine of {cpu}");
    }

    [Test]
    public async Task Every_published_binary_matches_its_sha256_file()
    {
        var artifacts = Repo.PathOf("artifacts");
        var sumFiles = Directory.Exists(artifacts) ? Directory.GetFiles(artifacts, "*.sha256", SearchOption.AllDirectories) : [];
        if (sumFiles.Length == 0) Skip.Test("no artifacts/<rid>/*.sha256: run ./build.sh publish-all");

        foreach (var sumFile in sumFiles)
        {
            var line = (await File.ReadAllTextAsync(sumFile)).TrimEnd('\n');
            var binary = Path.Combine(Path.GetDirectoryName(sumFile)!, Path.GetFileNameWithoutExtension(sumFile));
            await Assert.That(line).IsEqualTo($"{FakeRelease.Sha256(binary)}  {Path.GetFileName(binary)}").Because(sumFile);
        }
    }

    [Test]
    public async Task Arm64_binary_prints_the_version_under_qemu()
    {
        var binary = BinaryOrSkip("linux-arm64");
        if (ProcessRunner.Find("qemu-aarch64-static") is null) Skip.Test(QemuSkip);
        using var home = new TempDir();

        var result = await RunArm64Async(binary, home, "--version");

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        await Assert.That(result.Stdout).IsEqualTo(Repo.ProjectVersion + "\n");
    }

    /// <summary>
    /// One real request from the arm64 binary: <c>jobs search --json</c> against a loopback server. While the command
    /// is still a stub ("not available yet") it must fail cleanly with a usage error and send nothing.
    /// </summary>
    [Test]
    public async Task Arm64_binary_searches_jobs_on_a_loopback_server_under_qemu()
    {
        var binary = BinaryOrSkip("linux-arm64");
        if (ProcessRunner.Find("qemu-aarch64-static") is null) Skip.Test(QemuSkip);
        using var home = new TempDir();
        var body = Encoding.UTF8.GetBytes("""{"jobs":[{"id":"job_qemu_smoke","title":"Label cats on arm64"}],"nextCursor":null,"generatedAt":"2026-01-01T00:00:00Z"}""");
        await using var server = LoopbackServer.Start(request => request is { Method: "GET", Path: "/api/public/v1/jobs" }
            ? new ServerResponse(200, body, "application/json")
            : new ServerResponse(404, """{"error":{"code":"not_found","message":"no such route"}}"""u8.ToArray(), "application/json"));

        var result = await RunArm64Async(binary, home, "jobs", "search", "--base-url", server.BaseUrl, "--json");

        if (server.Requests.IsEmpty)
        {
            await Assert.That(result.ExitCode).IsEqualTo(1).Because(result.ToString());
            await Assert.That(result.Stderr).StartsWith("Usage error: ").And.Contains("not available yet");
            return;
        }
        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        await Assert.That(server.Requests.Select(r => $"{r.Method} {r.Path} auth={r.Authorization ?? "none"}"))
            .IsEquivalentTo(new[] { "GET /api/public/v1/jobs auth=none" });
        await Assert.That(result.Stdout).Contains("\"job_qemu_smoke\"");
    }

    [Test]
    public async Task Publish_all_names_the_missing_cross_packages()
    {
        if (!OperatingSystem.IsLinux() || FakeRelease.HostRid != "linux-x64") Skip.Test("the arm64 cross build is set up on linux-x64 hosts");
        using var tmp = new TempDir();
        // An empty PATH: no clang, lld, cross binutils, qemu or apt-get.
        Directory.CreateDirectory(tmp.Combine("bin"));

        var result = await BuildTool.RunAsync(["publish-all", "linux-arm64"], new Dictionary<string, string> { ["PATH"] = tmp.Combine("bin") });

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains("linux-arm64 cross-compilation needs these Debian/Ubuntu packages: lld binutils-aarch64-linux-gnu");
        await Assert.That(result.Stderr).Contains("qemu-user-static");
        await Assert.That(result.Stderr).Contains("sudo apt-get install -y lld binutils-aarch64-linux-gnu gcc-aarch64-linux-gnu libc6-dev-arm64-cross qemu-user-static clang");
        await Assert.That(result.Stderr).Contains("./build.sh publish-all linux-x64");
        await Assert.That(result.Stdout).IsEmpty();
    }
}
