using System.Diagnostics;
using System.Formats.Tar;
using System.IO.Compression;
using System.Text.RegularExpressions;
using OpenTrain.Release.Tests.Support;

namespace OpenTrain.Release.Tests;

/// <summary>
/// The emulator's release archive (opentrain-sandbox-&lt;version&gt;-&lt;rid&gt;.tar.gz, made by <c>./build.sh publish-all</c> /
/// <c>sandbox-archive</c>): one self-contained executable that a user of a release runs with no SDK or .NET runtime,
/// started the way docs/sandbox.md says. Skipped when the archive is absent (.ci/run builds it).
/// </summary>
public partial class SandboxArchiveTests
{
    private static string ArchiveOrSkip()
    {
        if (OperatingSystem.IsWindows()) Skip.Test("the .tar.gz archives are checked on Linux and macOS");
        var path = Repo.PathOf($"artifacts/dist/opentrain-sandbox-{Repo.ProjectVersion}-{FakeRelease.HostRid}.tar.gz");
        if (!File.Exists(path)) Skip.Test($"{path} not found: run ./build.sh publish-all (or ./build.sh sandbox-archive)");
        return path;
    }

    private static async Task<string> ExtractAsync(string archive, TempDir into)
    {
        await using var file = File.OpenRead(archive);
        await using var gzip = new GZipStream(file, CompressionMode.Decompress);
        await TarFile.ExtractToDirectoryAsync(gzip, into.Path, overwriteFiles: false);
        return into.Combine("opentrain-sandbox");
    }

    [Test]
    public async Task Archive_holds_only_the_executable_opentrain_sandbox()
    {
        var archive = ArchiveOrSkip();
        using var tmp = new TempDir();

        var exe = await ExtractAsync(archive, tmp);

        await Assert.That(Directory.GetFileSystemEntries(tmp.Path).Select(e => Path.GetFileName(e))).IsEquivalentTo(new[] { "opentrain-sandbox" });
        if (!OperatingSystem.IsWindows()) await Assert.That(File.GetUnixFileMode(exe).HasFlag(UnixFileMode.OtherExecute)).IsTrue();
    }

    /// <summary>Started as docs/sandbox.md says (--port, and --host 0.0.0.0 as in the image), with no dotnet on PATH.</summary>
    [Test]
    [Arguments("127.0.0.1")]
    [Arguments("0.0.0.0")]
    public async Task Extracted_emulator_serves_the_api_without_the_sdk(string host)
    {
        var archive = ArchiveOrSkip();
        using var tmp = new TempDir();
        var exe = await ExtractAsync(archive, tmp);
        var start = new ProcessStartInfo(exe) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { "--port", "0", "--host", host }) start.ArgumentList.Add(arg);
        start.Environment["PATH"] = "/usr/bin:/bin";
        start.Environment["DOTNET_ROOT"] = tmp.Combine("no-dotnet-here");

        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var first = await process.StandardOutput.ReadLineAsync(timeout.Token);
            var listening = Listening().Match(first ?? "");
            await Assert.That(listening.Success).IsTrue().Because($"first line: {first}; stderr: {(process.HasExited ? await process.StandardError.ReadToEndAsync() : "")}");
            await Assert.That(listening.Groups[1].Value).IsEqualTo(host);

            using var http = new HttpClient();
            var jobs = await http.GetAsync($"http://127.0.0.1:{listening.Groups[2].Value}/api/public/v1/jobs", timeout.Token);
            await Assert.That((int)jobs.StatusCode).IsEqualTo(200);
            await Assert.That(await jobs.Content.ReadAsStringAsync(timeout.Token)).Contains("\"jobs\"");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [GeneratedRegex(@"^Sandbox listening on http://([0-9.]+):(\d+)$")]
    private static partial Regex Listening();
}
