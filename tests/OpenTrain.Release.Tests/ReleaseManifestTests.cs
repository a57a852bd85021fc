using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenTrain.Release.Tests.Support;

namespace OpenTrain.Release.Tests;

/// <summary>
/// <c>./build.sh release-manifests &lt;version&gt; &lt;folder&gt;</c> on a fake release: the Homebrew formula and the Scoop manifest
/// download every archive of their platforms from the release and check it with the checksum in SHA256SUMS.
/// </summary>
public partial class ReleaseManifestTests
{
    private const string Version = "3.4.5";
    private static readonly string[] BrewRids = ["osx-arm64", "osx-x64", "linux-arm64", "linux-x64"];

    private static async Task<(string Folder, Dictionary<string, string> Sums)> FakeReleaseFolderAsync(TempDir tmp)
    {
        FakeRelease.Publish(tmp.Path, Version, FakeRelease.FakeBinary(Version), latest: false);
        var folder = Path.Combine(tmp.Path, "download", $"v{Version}");
        var sums = (await File.ReadAllLinesAsync(Path.Combine(folder, "SHA256SUMS")))
            .Select(l => l.Split("  ")).ToDictionary(p => p[1], p => p[0]);
        return (folder, sums);
    }

    private static string Url(string rid) =>
        $"https://github.com/opentrain-ai/opentrain/releases/download/v{Version}/{FakeRelease.AssetName(Version, rid)}";

    [Test]
    public async Task Homebrew_formula_downloads_each_macos_and_linux_archive_with_its_checksum()
    {
        using var tmp = new TempDir();
        var (folder, sums) = await FakeReleaseFolderAsync(tmp);

        var result = await BuildTool.RunAsync(["release-manifests", $"v{Version}", folder]);

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        var formula = await File.ReadAllTextAsync(Path.Combine(folder, "opentrain.rb"));
        var pairs = UrlAndSha256().Matches(formula).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value);
        await Assert.That(pairs).IsEquivalentTo(BrewRids.ToDictionary(Url, rid => sums[FakeRelease.AssetName(Version, rid)]));
        await Assert.That(formula).Contains("class Opentrain < Formula").And.Contains($"version \"{Version}\"")
            .And.Contains("bin.install \"opentrain\"");
        foreach (var (os, cpu, rid) in new[] { ("macos", "arm", "osx-arm64"), ("macos", "intel", "osx-x64"), ("linux", "arm", "linux-arm64"), ("linux", "intel", "linux-x64") })
        {
            var block = Regex.Match(formula, $"on_{os} do\\n(.*?)\\n  end", RegexOptions.Singleline).Groups[1].Value;
            await Assert.That(Regex.Match(block, $"on_{cpu} do\\n\\s*url \"([^\"]+)\"").Groups[1].Value).IsEqualTo(Url(rid));
        }
        if (ProcessRunner.Find("ruby") is not null)
        {
            var syntax = await ProcessRunner.RunAsync("ruby", ["-c", Path.Combine(folder, "opentrain.rb")]);
            await Assert.That(syntax.ExitCode).IsEqualTo(0).Because(syntax.ToString());
        }
    }

    [Test]
    public async Task Scoop_manifest_downloads_each_windows_archive_with_its_checksum()
    {
        using var tmp = new TempDir();
        var (folder, sums) = await FakeReleaseFolderAsync(tmp);

        var result = await BuildTool.RunAsync(["release-manifests", Version, folder]);

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        var manifest = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "opentrain.json")))!;
        await Assert.That(manifest["version"]!.GetValue<string>()).IsEqualTo(Version);
        await Assert.That(manifest["bin"]!.GetValue<string>()).IsEqualTo("opentrain.exe");
        foreach (var (arch, rid) in new[] { ("64bit", "win-x64"), ("arm64", "win-arm64") })
        {
            var entry = manifest["architecture"]![arch]!;
            await Assert.That(entry["url"]!.GetValue<string>()).IsEqualTo(Url(rid));
            await Assert.That(entry["hash"]!.GetValue<string>()).IsEqualTo(sums[FakeRelease.AssetName(Version, rid)]);
        }
    }

    [Test]
    public async Task A_release_missing_an_archive_is_refused()
    {
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Path, Version, FakeRelease.FakeBinary(Version), latest: false, rids: ["linux-x64", "win-x64"]);
        var folder = Path.Combine(tmp.Path, "download", $"v{Version}");

        var result = await BuildTool.RunAsync(["release-manifests", Version, folder]);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains("SHA256SUMS").And.Contains($"has no line for opentrain-{Version}-");
        await Assert.That(File.Exists(Path.Combine(folder, "opentrain.rb"))).IsFalse();
    }

    [GeneratedRegex("url \"([^\"]+)\"\\s*\\n\\s*sha256 \"([0-9a-f]{64})\"")]
    private static partial Regex UrlAndSha256();
}
