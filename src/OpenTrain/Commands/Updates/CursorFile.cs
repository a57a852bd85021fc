using System.Globalization;
using System.Text;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Updates;

/// <summary>
/// The <c>--cursor-file</c> of <c>updates poll --follow</c>: read at start, replaced atomically
/// (temp file 0600 in the same folder, fsync, then rename) after each printed batch, so a restart
/// resumes with no event lost or repeated, and a reader (another follower, a kill at any instant)
/// only ever sees the old cursor or the new one. The path must be absent or a regular file holding
/// one line of text: a symbolic link is refused (never read through; the rename of a save would
/// replace the link itself, never write through it), and so is a file that is not a cursor
/// (several lines, a control character, over 4 KiB), which would otherwise be overwritten.
/// </summary>
internal sealed class CursorFile
{
    /// <summary>The most a cursor file may hold, in bytes (updates cursors are event ids: a few digits).</summary>
    public const int MaxBytes = 4096;

    private readonly string path;
    private readonly string fullPath;
    private bool cleaned;

    public CursorFile(string path)
    {
        this.path = path;
        fullPath = Path.GetFullPath(path);
    }

    /// <summary>The saved cursor, or null when the file does not exist or is empty.</summary>
    public string? Read()
    {
        var info = new FileInfo(fullPath);
        if (info.LinkTarget is not null)
            throw new CliException($"the cursor file {path} is a symbolic link: give the path of a regular file (a cursor file is never read or written through a link)");
        if (Directory.Exists(fullPath)) throw new CliException($"the cursor file {path} is a directory");
        // Said now, not after the first batch was printed and could not be saved.
        if (!Directory.Exists(Path.GetDirectoryName(fullPath))) throw new CliException($"cannot save the cursor to {path}: its folder does not exist");
        byte[] bytes;
        try
        {
            if (!info.Exists) return null;
            using var stream = new FileStream(fullPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            bytes = new byte[MaxBytes + 1];
            int total = 0, read;
            while (total < bytes.Length && (read = stream.Read(bytes, total, bytes.Length - total)) > 0) total += read;
            if (total > MaxBytes) throw NotACursor($"it is larger than 4,096 bytes");
            Array.Resize(ref bytes, total);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read the cursor file {path}: {ExceptionText.Describe(ex)}");
        }
        string text;
        try
        {
            text = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes).Trim();
        }
        catch (DecoderFallbackException)
        {
            throw NotACursor("it is not UTF-8 text");
        }
        if (Chars.Any(text, char.IsControl)) throw NotACursor("it is not one line of text");
        return text.Length == 0 ? null : text;
    }

    public void Save(string cursor)
    {
        if (Chars.Any(cursor, char.IsControl) || Encoding.UTF8.GetByteCount(cursor) + 1 > MaxBytes || cursor.Trim() != cursor)
            throw new CliException($"cannot save the cursor to {path}: the server's cursor is not one line of text of at most 4,096 bytes");
        var folder = Path.GetDirectoryName(fullPath) ?? ".";
        var prefix = $".{Path.GetFileName(fullPath)}.";
        if (!cleaned) RemoveStaleTempFiles(folder, prefix);
        cleaned = true;
        var temp = Path.Combine(folder, $"{prefix}{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            // CreateNew is O_EXCL: a link planted at the temp name is never followed.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(Encoding.UTF8.GetBytes(cursor + "\n"));
                stream.Flush(flushToDisk: true);
            }
            // rename(2) replaces the path itself, atomically: a link there is replaced, never written through.
            File.Move(temp, fullPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot save the cursor to {path}: {ExceptionText.Describe(ex)}");
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    private CliException NotACursor(string why) =>
        new($"the cursor file {path} does not hold a cursor ({why}), so it is not overwritten: give a new path, or empty the file to start from --cursor");

    /// <summary>
    /// Temp files (<c>.&lt;name&gt;.&lt;pid&gt;.&lt;guid&gt;.tmp</c>) of processes that are gone (killed mid-save).
    /// Only where <c>/proc</c> tells which processes run (Linux): a live follower's temp file is never touched.
    /// </summary>
    private static void RemoveStaleTempFiles(string folder, string prefix)
    {
        if (!Directory.Exists("/proc/self")) return;
        try
        {
            foreach (var file in Directory.EnumerateFiles(folder, prefix + "*.tmp"))
            {
                var rest = Path.GetFileName(file)[prefix.Length..];
                var dot = rest.IndexOf('.', StringComparison.Ordinal);
                if (dot <= 0 || !int.TryParse(rest[..dot], NumberStyles.None, CultureInfo.InvariantCulture, out var pid)) continue;
                if (pid == Environment.ProcessId || Directory.Exists($"/proc/{pid}")) continue;
                try { File.Delete(file); } catch (IOException) { } catch (UnauthorizedAccessException) { }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Litter only: the save itself reports what matters.
        }
    }
}
