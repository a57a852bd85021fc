using System.Text;
using OpenTrain.Release.Tests.Support;

namespace OpenTrain.Release.Tests;

/// <summary>
/// install.sh and install.ps1 (PowerShell 7 from the tool manifest) against a release on real sockets (issue #24): a
/// truncated, altered, empty or cut-off archive, or a damaged SHA256SUMS, is refused before anything is installed and
/// an installed opentrain is left as it was; a mirror (OPENTRAIN_INSTALL_BASE_URL) is used only over https, or plain
/// http to localhost, 127.x.x.x or [::1], and an https mirror that redirects to plain http is not followed.
/// </summary>
public class InstallerIntegrityTests
{
    public enum Installer { Sh, Ps1 }

    private const string Version = "1.2.3";

    private static string Asset => FakeRelease.AssetName(Version, FakeRelease.HostRid);

    private static string Prefix(Installer installer) => installer == Installer.Sh ? "install.sh: error: " : "install.ps1: error: ";

    private static async Task<ProcessResult> RunAsync(Installer installer, string baseUrl, TempDir tmp, string[] args, Dictionary<string, string>? env = null)
    {
        if (OperatingSystem.IsWindows()) Skip.Test("these run the scripts on Linux and macOS (install.ps1 installs the .tar.gz there)");
        var all = new Dictionary<string, string>(env ?? [])
        {
            ["OPENTRAIN_INSTALL_BASE_URL"] = baseUrl,
            ["OPENTRAIN_NO_MODIFY_PATH"] = "1",
        };
        if (installer == Installer.Sh)
        {
            all["HOME"] = tmp.Combine("home"); // (dotnet pwsh needs the real one: its tool lives in ~/.nuget; every test passes --dir)
            return await ProcessRunner.RunAsync("bash", [Repo.PathOf("install.sh"), .. args], all);
        }
        await Pwsh.SkipUnlessAvailableAsync();
        return await Pwsh.RunFileAsync(Repo.PathOf("install.ps1"), args, all);
    }

    /// <summary>A folder with an older opentrain in it: what must still be there, byte for byte, after a refusal.</summary>
    private static string InstalledBefore(TempDir tmp)
    {
        var dir = Directory.CreateDirectory(tmp.Combine("bin")).FullName;
        File.WriteAllBytes(Path.Combine(dir, "opentrain"), FakeRelease.FakeBinary("1.0.0"));
        return dir;
    }

    private static async Task AssertUntouchedAsync(string dir)
    {
        await Assert.That(Directory.GetFileSystemEntries(dir).Select(p => Path.GetFileName(p)!).ToArray()).IsEquivalentTo(new[] { "opentrain" })
            .Because("nothing may be left beside the installed binary");
        await Assert.That(File.ReadAllBytes(Path.Combine(dir, "opentrain"))).IsEquivalentTo(FakeRelease.FakeBinary("1.0.0"));
    }

    public enum Damage { Truncated, OneByteChanged, Empty, CutOffInTransfer }

    [Test]
    [Arguments(Installer.Sh, Damage.Truncated)]
    [Arguments(Installer.Sh, Damage.OneByteChanged)]
    [Arguments(Installer.Sh, Damage.Empty)]
    [Arguments(Installer.Sh, Damage.CutOffInTransfer)]
    [Arguments(Installer.Ps1, Damage.Truncated)]
    [Arguments(Installer.Ps1, Damage.OneByteChanged)]
    [Arguments(Installer.Ps1, Damage.Empty)]
    [Arguments(Installer.Ps1, Damage.CutOffInTransfer)]
    public async Task A_damaged_archive_is_refused_and_the_installed_opentrain_is_left_as_it_was(Installer installer, Damage damage)
    {
        using var tmp = new TempDir();
        var release = tmp.Combine("release");
        FakeRelease.Publish(release, Version, FakeRelease.FakeBinary(Version));
        var archive = FakeRelease.AssetPath(release, Version, FakeRelease.HostRid);
        var good = File.ReadAllBytes(archive);
        var expected = FakeRelease.Sha256(archive);
        switch (damage)
        {
            case Damage.Truncated: File.WriteAllBytes(archive, good[..(good.Length / 2)]); break;
            case Damage.OneByteChanged: good[good.Length / 2] ^= 0x01; File.WriteAllBytes(archive, good); break;
            case Damage.Empty: File.WriteAllBytes(archive, []); break;
        }
        await using var server = RawHttpServer.ServeFolder(release, (path, body) =>
            damage == Damage.CutOffInTransfer && path.EndsWith(Asset, StringComparison.Ordinal) ? new RawResponse(200, body, CutAfter: body.Length / 2) : null);
        var dir = InstalledBefore(tmp);

        var result = await RunAsync(installer, $"http://127.0.0.1:{server.Port}", tmp, ["--version", Version, "--dir", dir]);

        await Assert.That(result.ExitCode).IsEqualTo(1).Because(result.ToString());
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).Contains(damage == Damage.CutOffInTransfer
            ? $"{Prefix(installer)}could not download http://127.0.0.1:{server.Port}/download/v{Version}/{Asset} (or the transfer was cut off). Nothing was installed."
            : $"{Prefix(installer)}checksum mismatch for {Asset}: expected {expected}");
        await Assert.That(result.Stderr).Contains("Nothing was installed.");
        await Assert.That(server.Requests).Contains($"/download/v{Version}/{Asset}");
        await AssertUntouchedAsync(dir);
    }

    public enum SumsDamage { HashCutShort, HashNotHex, HtmlPage }

    [Test]
    [Arguments(Installer.Sh, SumsDamage.HashCutShort)]
    [Arguments(Installer.Sh, SumsDamage.HashNotHex)]
    [Arguments(Installer.Sh, SumsDamage.HtmlPage)]
    [Arguments(Installer.Ps1, SumsDamage.HashCutShort)]
    [Arguments(Installer.Ps1, SumsDamage.HashNotHex)]
    [Arguments(Installer.Ps1, SumsDamage.HtmlPage)]
    public async Task A_damaged_SHA256SUMS_is_refused_before_the_archive_is_downloaded(Installer installer, SumsDamage damage)
    {
        using var tmp = new TempDir();
        var release = tmp.Combine("release");
        FakeRelease.Publish(release, Version, FakeRelease.FakeBinary(Version));
        var sumsPath = Path.Combine(release, "download", $"v{Version}", "SHA256SUMS");
        var sums = File.ReadAllText(sumsPath);
        var line = sums.Split('\n').Single(l => l.EndsWith("  " + Asset, StringComparison.Ordinal));
        File.WriteAllText(sumsPath, damage switch
        {
            SumsDamage.HashCutShort => sums.Replace(line, line[..40] + "  " + Asset), // a download of SHA256SUMS cut inside the line
            SumsDamage.HashNotHex => sums.Replace(line, new string('z', 64) + "  " + Asset),
            _ => "<!doctype html><html><body>Sign in to the Wi-Fi</body></html>\n",
        });
        await using var server = RawHttpServer.ServeFolder(release);
        var dir = InstalledBefore(tmp);

        var result = await RunAsync(installer, $"http://127.0.0.1:{server.Port}", tmp, ["--version", Version, "--dir", dir]);

        await Assert.That(result.ExitCode).IsEqualTo(1).Because(result.ToString());
        await Assert.That(result.Stderr).Contains(damage == SumsDamage.HtmlPage
            ? $"{Prefix(installer)}release v{Version} has no asset for {FakeRelease.HostRid} ({Asset} is not in SHA256SUMS)"
            : $"{Prefix(installer)}SHA256SUMS has no valid SHA-256 for {Asset}");
        await Assert.That(server.Requests).IsEquivalentTo(new[] { $"/download/v{Version}/SHA256SUMS" });
        await AssertUntouchedAsync(dir);
    }

    /// <summary>
    /// A real release's SHA256SUMS also lists the emulator's archives (<c>opentrain-sandbox-&lt;v&gt;-&lt;rid&gt;.tar.gz</c>):
    /// the latest version is read from the CLI's own archive even when an emulator line comes first (it used to read
    /// "sandbox-1.3.0"), and from a SHA256SUMS with CRLF line ends.
    /// </summary>
    [Test]
    [Arguments(Installer.Sh, false)]
    [Arguments(Installer.Sh, true)]
    [Arguments(Installer.Ps1, false)]
    [Arguments(Installer.Ps1, true)]
    public async Task The_latest_version_is_read_from_the_cli_archive_past_the_emulator_archives(Installer installer, bool crlf)
    {
        using var tmp = new TempDir();
        var release = tmp.Combine("release");
        FakeRelease.Publish(release, "1.3.0", FakeRelease.FakeBinary("1.3.0"), rids: [FakeRelease.HostRid]);
        var sandbox = Path.Combine(release, "download", "v1.3.0", $"opentrain-sandbox-1.3.0-{FakeRelease.HostRid}.tar.gz");
        File.WriteAllBytes(sandbox, "not the cli"u8.ToArray());
        var lines = new[] { $"{FakeRelease.Sha256(sandbox)}  {Path.GetFileName(sandbox)}" }
            .Concat(File.ReadAllText(Path.Combine(release, "latest", "download", "SHA256SUMS")).Split('\n', StringSplitOptions.RemoveEmptyEntries));
        var sums = string.Join(crlf ? "\r\n" : "\n", lines) + (crlf ? "\r\n" : "\n");
        File.WriteAllText(Path.Combine(release, "latest", "download", "SHA256SUMS"), sums);
        File.WriteAllText(Path.Combine(release, "download", "v1.3.0", "SHA256SUMS"), sums);
        await using var server = RawHttpServer.ServeFolder(release);

        var result = await RunAsync(installer, $"http://127.0.0.1:{server.Port}", tmp, ["--dir", tmp.Combine("bin")]);

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        await Assert.That(result.Stdout.TrimEnd()).IsEqualTo($"opentrain 1.3.0 installed to {tmp.Combine("bin", "opentrain")}");
    }

    [Test]
    [Arguments(Installer.Sh, "../../../etc")]
    [Arguments(Installer.Sh, "sandbox-0.1.0")]
    [Arguments(Installer.Sh, "1.2")]
    [Arguments(Installer.Ps1, "../../../etc")]
    [Arguments(Installer.Ps1, "sandbox-0.1.0")]
    [Arguments(Installer.Ps1, "1.2")]
    public async Task An_invalid_version_is_refused_before_any_request(Installer installer, string version)
    {
        using var tmp = new TempDir();
        await using var server = RawHttpServer.ServeFolder(tmp.Path);

        var result = await RunAsync(installer, $"http://127.0.0.1:{server.Port}", tmp, ["--version", version, "--dir", tmp.Combine("bin")]);

        await Assert.That(result.ExitCode).IsEqualTo(1).Because(result.ToString());
        await Assert.That(result.Stderr).Contains($"{Prefix(installer)}invalid version '{version}' (expected e.g. 0.1.0 or v0.1.0)");
        await Assert.That(server.Requests).IsEmpty();
        await Assert.That(Directory.Exists(tmp.Combine("bin"))).IsFalse();
    }

    /// <summary>Plain http to this machine is a mirror like any other: every loopback spelling installs.</summary>
    [Test]
    [Arguments(Installer.Sh, "http://127.0.0.1:{port}")]
    [Arguments(Installer.Sh, "http://localhost:{port}/")]
    [Arguments(Installer.Sh, "HTTP://LocalHost:{port}")]
    [Arguments(Installer.Sh, "http://[::1]:{port}")]
    [Arguments(Installer.Ps1, "http://127.0.0.1:{port}")]
    [Arguments(Installer.Ps1, "http://localhost:{port}/")]
    [Arguments(Installer.Ps1, "HTTP://LocalHost:{port}")]
    [Arguments(Installer.Ps1, "http://[::1]:{port}")]
    public async Task A_loopback_http_mirror_is_used(Installer installer, string baseUrl)
    {
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), Version, FakeRelease.FakeBinary(Version));
        await using var server = RawHttpServer.ServeFolder(tmp.Combine("release"));
        if (baseUrl.Contains("[::1]") && !server.HasIPv6) Skip.Test("this machine has no IPv6 loopback");

        var result = await RunAsync(installer, baseUrl.Replace("{port}", server.Port.ToString()), tmp, ["--version", Version, "--dir", tmp.Combine("bin")]);

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        await Assert.That(File.ReadAllBytes(tmp.Combine("bin", "opentrain"))).IsEquivalentTo(FakeRelease.FakeBinary(Version));
        await Assert.That(server.Requests).Contains($"/download/v{Version}/{Asset}");
    }

    /// <summary>
    /// Any other plain-http or non-http base URL is refused before any request, including hosts that only look like
    /// loopback: a user-info prefix (the real host comes after '@'), a longer name, a fragment, 0.0.0.0. The loopback
    /// server on {port} must see nothing.
    /// </summary>
    [Test]
    [Arguments(Installer.Sh, "http://mirror.example.com/releases")]
    [Arguments(Installer.Sh, "http://example.com@127.0.0.1:{port}")]
    [Arguments(Installer.Sh, "http://127.0.0.1:{port}@mirror.example.com")]
    [Arguments(Installer.Sh, "http://127.0.0.1.nip.io:{port}")]
    [Arguments(Installer.Sh, "http://localhost.mirror.example.com:{port}")]
    [Arguments(Installer.Sh, "http://mirror.example.com/#@127.0.0.1:{port}")]
    [Arguments(Installer.Sh, "http://0.0.0.0:{port}")]
    [Arguments(Installer.Sh, "http://127.0.0.256:{port}")]
    [Arguments(Installer.Sh, "http://[::1]x:{port}")]
    [Arguments(Installer.Sh, "ftp://127.0.0.1:{port}")]
    [Arguments(Installer.Sh, "file:///etc")]
    [Arguments(Installer.Sh, "http://127.0.0.1:{port} http://mirror.example.com")]
    [Arguments(Installer.Ps1, "http://mirror.example.com/releases")]
    [Arguments(Installer.Ps1, "http://example.com@127.0.0.1:{port}")]
    [Arguments(Installer.Ps1, "http://127.0.0.1:{port}@mirror.example.com")]
    [Arguments(Installer.Ps1, "http://127.0.0.1.nip.io:{port}")]
    [Arguments(Installer.Ps1, "http://localhost.mirror.example.com:{port}")]
    [Arguments(Installer.Ps1, "http://mirror.example.com/#@127.0.0.1:{port}")]
    [Arguments(Installer.Ps1, "http://0.0.0.0:{port}")]
    [Arguments(Installer.Ps1, "http://127.0.0.256:{port}")]
    [Arguments(Installer.Ps1, "http://[::1]x:{port}")]
    [Arguments(Installer.Ps1, "ftp://127.0.0.1:{port}")]
    [Arguments(Installer.Ps1, "file:///etc")]
    [Arguments(Installer.Ps1, "http://127.0.0.1:{port} http://mirror.example.com")]
    public async Task Any_other_base_url_is_refused_before_any_request(Installer installer, string baseUrl)
    {
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), Version, FakeRelease.FakeBinary(Version));
        await using var server = RawHttpServer.ServeFolder(tmp.Combine("release"));
        var url = baseUrl.Replace("{port}", server.Port.ToString());

        var result = await RunAsync(installer, url, tmp, ["--version", Version, "--dir", tmp.Combine("bin")]);

        await Assert.That(result.ExitCode).IsEqualTo(1).Because(result.ToString());
        var shown = url.Contains('@') ? System.Text.RegularExpressions.Regex.Replace(url, "^([a-z]+://)[^/@]*@", "$1***@") : url;
        await Assert.That(result.Stderr.TrimEnd()).IsEqualTo(
            $"{Prefix(installer)}OPENTRAIN_INSTALL_BASE_URL must be an https:// URL (plain http:// only for localhost, 127.x.x.x or [::1]): refusing '{shown}'");
        await Assert.That(server.Requests).IsEmpty();
        await Assert.That(Directory.Exists(tmp.Combine("bin"))).IsFalse();
    }

    /// <summary>The environment that makes curl (install.sh) and .NET (install.ps1) trust the test's certificate.</summary>
    private static Dictionary<string, string> Trusting(RawHttpServer server, TempDir tmp)
    {
        var pem = tmp.Combine("ca.pem");
        File.WriteAllText(pem, server.CertificatePem, Encoding.ASCII);
        return new Dictionary<string, string> { ["CURL_CA_BUNDLE"] = pem, ["SSL_CERT_FILE"] = pem };
    }

    /// <summary>An https mirror (here with a password in the URL, never printed) installs.</summary>
    [Test]
    [Arguments(Installer.Sh)]
    [Arguments(Installer.Ps1)]
    public async Task An_https_mirror_is_used(Installer installer)
    {
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), Version, FakeRelease.FakeBinary(Version));
        await using var server = RawHttpServer.ServeFolder(tmp.Combine("release"), tls: true);

        var result = await RunAsync(installer, $"https://127.0.0.1:{server.Port}", tmp, ["--version", Version, "--dir", tmp.Combine("bin")], Trusting(server, tmp));

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.ToString());
        await Assert.That(File.ReadAllBytes(tmp.Combine("bin", "opentrain"))).IsEquivalentTo(FakeRelease.FakeBinary(Version));
    }

    /// <summary>
    /// An https mirror that redirects to plain http (a downgrade someone in the middle could then answer): not followed,
    /// for SHA256SUMS or the archive; the plain-http server sees no request and nothing is installed.
    /// </summary>
    [Test]
    [Arguments(Installer.Sh, "SHA256SUMS")]
    [Arguments(Installer.Sh, "archive")]
    [Arguments(Installer.Ps1, "SHA256SUMS")]
    [Arguments(Installer.Ps1, "archive")]
    public async Task An_https_mirror_redirecting_to_plain_http_is_not_followed(Installer installer, string redirected)
    {
        using var tmp = new TempDir();
        FakeRelease.Publish(tmp.Combine("release"), Version, FakeRelease.FakeBinary(Version));
        await using var plain = RawHttpServer.ServeFolder(tmp.Combine("release"));
        await using var server = RawHttpServer.ServeFolder(tmp.Combine("release"), (path, _) =>
            path.EndsWith(redirected == "archive" ? Asset : "SHA256SUMS", StringComparison.Ordinal)
                ? new RawResponse(302, [], Location: $"http://127.0.0.1:{plain.Port}{path}") : null, tls: true);
        var dir = InstalledBefore(tmp);

        var result = await RunAsync(installer, $"https://127.0.0.1:{server.Port}", tmp, ["--version", Version, "--dir", dir], Trusting(server, tmp));

        await Assert.That(result.ExitCode).IsEqualTo(1).Because(result.ToString());
        await Assert.That(result.Stderr).Contains(redirected == "archive"
            ? $"{Prefix(installer)}could not download https://127.0.0.1:{server.Port}/download/v{Version}/{Asset}"
            : $"{Prefix(installer)}release v{Version} not found");
        await Assert.That(plain.Requests).IsEmpty();
        await AssertUntouchedAsync(dir);
    }
}
