using System.Formats.Tar;
using System.IO.Compression;

namespace OpenTrain.Build;

/// <summary>Release archives holding one executable at their root: .tar.gz (mode 755), or .zip for Windows RIDs.</summary>
internal static class Archive
{
    private const UnixFileMode Executable = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute
        | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute;

    public static string Extension(string rid) => rid.StartsWith("win-", StringComparison.Ordinal) ? "zip" : "tar.gz";

    public static void Write(string archive, string entryName, string file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(archive)!);
        if (archive.EndsWith(".zip", StringComparison.Ordinal))
        {
            File.Delete(archive);
            using var zip = ZipFile.Open(archive, ZipArchiveMode.Create);
            zip.CreateEntryFromFile(file, entryName, CompressionLevel.Optimal);
            return;
        }
        using var output = File.Create(archive);
        using var gzip = new GZipStream(output, CompressionLevel.Optimal);
        using var tar = new TarWriter(gzip, TarEntryFormat.Pax);
        using var content = File.OpenRead(file);
        tar.WriteEntry(new PaxTarEntry(TarEntryType.RegularFile, entryName) { Mode = Executable, DataStream = content });
    }
}
