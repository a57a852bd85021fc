using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Updates;

/// <summary>
/// The <c>--cursor-file</c> of <c>updates poll --follow</c>: read at start, replaced atomically
/// (temp file 0600 in the same folder, then rename) after each printed batch, so a restart resumes
/// with no event lost or repeated.
/// </summary>
internal sealed class CursorFile(string path)
{
    private readonly string fullPath = Path.GetFullPath(path);

    /// <summary>The saved cursor, or null when the file does not exist or is empty.</summary>
    public string? Read()
    {
        try
        {
            if (!File.Exists(fullPath)) return null;
            var text = File.ReadAllText(fullPath).Trim();
            return text.Length == 0 ? null : text;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot read the cursor file {path}: {ex.Message}");
        }
    }

    public void Save(string cursor)
    {
        var folder = Path.GetDirectoryName(fullPath) ?? ".";
        var temp = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using (var stream = new FileStream(temp, options))
            {
                stream.Write(System.Text.Encoding.UTF8.GetBytes(cursor + "\n"));
                stream.Flush(flushToDisk: true);
            }
            File.Move(temp, fullPath, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CliException($"cannot save the cursor to {path}: {ex.Message}");
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}
