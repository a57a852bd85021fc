using System.Formats.Tar;
using System.IO.Compression;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;

namespace OpenTrain.Release.Tests.Support;

/// <summary>
/// Writes a release folder laid out like GitHub's download URLs, which the installers read:
/// <c>download/v&lt;version&gt;/opentrain-&lt;version&gt;-&lt;rid&gt;.tar.gz|.zip</c> + <c>SHA256SUMS</c>, and
/// <c>latest/download/SHA256SUMS</c> for the latest release. Archives hold the binary at their root,
/// as release.yml packs them.
/// </summary>
internal static class FakeRelease
{
    public static readonly string[] AllRids = ["linux-x64", "linux-arm64", "osx-x64", "osx-arm64", "win-x64", "win-arm64"];

    public static string HostRid
    {
        get
        {
            var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : "linux";
            var arch = RuntimeInformation.OSArchitecture == Architecture.Arm64 ? "arm64" : "x64";
            return $"{os}-{arch}";
        }
    }

    public static string AssetName(string version, string rid) =>
        $"opentrain-{version}-{rid}.{(rid.StartsWith("win-") ? "zip" : "tar.gz")}";

    /// <summary>A stand-in for the binary on Linux/macOS: a script that prints its version like opentrain does.</summary>
    public static byte[] FakeBinary(string version) => Encoding.UTF8.GetBytes($"#!/bin/sh\necho {version}\n");

    public static string AssetPath(string root, string version, string rid) =>
        Path.Combine(root, "download", $"v{version}", AssetName(version, rid));

    public static void Publish(string root, string version, byte[] binary, bool latest = true, IEnumerable<string>? rids = null)
    {
        var folder = Path.Combine(root, "download", $"v{version}");
        Directory.CreateDirectory(folder);
        var sums = new StringBuilder();
        foreach (var rid in rids ?? AllRids)
        {
            var path = AssetPath(root, version, rid);
            if (rid.StartsWith("win-")) WriteZip(path, "opentrain.exe", binary);
            else WriteTarGz(path, "opentrain", binary);
            sums.Append($"{Sha256(path)}  {Path.GetFileName(path)}\n");
        }
        File.WriteAllText(Path.Combine(folder, "SHA256SUMS"), sums.ToString());
        if (latest)
        {
            Directory.CreateDirectory(Path.Combine(root, "latest", "download"));
            File.Copy(Path.Combine(folder, "SHA256SUMS"), Path.Combine(root, "latest", "download", "SHA256SUMS"), overwrite: true);
        }
    }

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    private static void WriteTarGz(string path, string name, byte[] content)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, name)
        {
            Mode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead
                | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute,
            DataStream = new MemoryStream(content),
        });
    }

    private static void WriteZip(string path, string name, byte[] content)
    {
        using var zip = ZipFile.Open(path, ZipArchiveMode.Create);
        using var entry = zip.CreateEntry(name).Open();
        entry.Write(content);
    }
}
