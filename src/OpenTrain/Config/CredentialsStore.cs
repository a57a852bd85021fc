using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Generated;

namespace OpenTrain.Config;

/// <summary>
/// The credentials file shared with the OpenTrain MCP server:
/// <c>${XDG_CONFIG_HOME:-~/.config}/opentrain/cli.json</c>. Writes are atomic (temp file 0600,
/// fsync, rename), serialised across processes by a lock file, and keep keys other tools wrote.
/// A file that is not a JSON object is reported and never overwritten.
/// </summary>
internal sealed class CredentialsStore(string path, TextWriter warnings)
{
    private const UnixFileMode PrivateFile = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    private const UnixFileMode PrivateDirectory = PrivateFile | UnixFileMode.UserExecute;
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(15);

    public string Path { get; } = path;

    private string Directory => System.IO.Path.GetDirectoryName(Path)!;

    public static string DefaultPath(Func<string, string?> env)
    {
        var root = env(EnvironmentNames.ConfigHome);
        // The XDG spec: a relative XDG_CONFIG_HOME is invalid and must be ignored (it would put secrets in the working directory).
        if (string.IsNullOrEmpty(root) || !System.IO.Path.IsPathRooted(root))
        {
            var home = env(EnvironmentNames.Home);
            if (string.IsNullOrEmpty(home)) home = Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
            root = System.IO.Path.Combine(home, ".config");
        }
        return System.IO.Path.Combine(root, "opentrain", "cli.json");
    }

    /// <summary>The saved credentials, or <see cref="Credentials.Empty"/> when there is no file.</summary>
    public Credentials Read() => ReadObject() is { } file ? Credentials.From(file) : Credentials.Empty;

    /// <summary>Reads, changes and atomically rewrites the file while holding the cross-process lock.</summary>
    public Credentials Update(Action<JsonObject> change, CancellationToken cancellationToken = default)
    {
        EnsureDirectory();
        using var fileLock = AcquireLock(cancellationToken);
        RemoveStaleTempFiles();
        var file = ReadObject() ?? [];
        change(file);
        cancellationToken.ThrowIfCancellationRequested();
        WriteAtomically(file);
        return Credentials.From(file);
    }

    /// <summary>Saves a personal or post-claim token as the one to use with <paramref name="url"/>; a claim token left over is dropped.</summary>
    public Credentials SaveApiToken(string token, BaseUrl url) => Update(file =>
    {
        file[Credentials.ApiTokenKey] = token;
        file[Credentials.BaseUrlKey] = url.Text;
        file.Remove(Credentials.ClaimTokenKey);
    }, CancellationToken.None);

    /// <summary>Deletes the file; false when there was none.</summary>
    public bool Delete(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(Path) && !IsLink(Path)) return false;
        using var fileLock = AcquireLock(cancellationToken);
        if (!File.Exists(Path) && !IsLink(Path)) return false;
        File.Delete(Path);
        return true;
    }

    private JsonObject? ReadObject()
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(Path);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new CredentialsFileException($"cannot read the credentials file {Path}: {ExceptionText.Describe(ex)}");
        }
        TightenPermissions();
        // Editors on some systems save a UTF-8 byte-order mark; it is not part of the JSON.
        var json = bytes.AsSpan().StartsWith("\uFEFF"u8) ? bytes.AsMemory(3) : bytes.AsMemory();
        try
        {
            var file = JsonNode.Parse(json.Span, documentOptions: new JsonDocumentOptions { AllowDuplicateProperties = false }) as JsonObject
                ?? throw new CredentialsFileException($"the credentials file {Path} is not a JSON object; fix it or remove it with 'opentrain auth logout'");
            _ = file.Count; // materialise the properties now, so a duplicate key is reported here
            return file;
        }
        catch (Exception ex) when (ex is JsonException or ArgumentException or InvalidOperationException)
        {
            throw new CredentialsFileException($"the credentials file {Path} is not valid JSON ({Reason(ex)}); fix it or remove it with 'opentrain auth logout'");
        }
    }

    private static string Reason(Exception ex) =>
        ex is ArgumentException or InvalidOperationException || ex.Message.Contains("duplicate", StringComparison.OrdinalIgnoreCase)
            ? "a key appears more than once"
            : ex.Message;

    /// <summary>
    /// Reads, changes and atomically rewrites the file while holding the cross-process lock for the
    /// whole of <paramref name="change"/>, which may call the API: a check and the save it leads to
    /// can never interleave with another process's.
    /// </summary>
    public async Task<T> UpdateAsync<T>(Func<JsonObject, Task<T>> change, CancellationToken cancellationToken)
    {
        EnsureDirectory();
        using var fileLock = AcquireLock(cancellationToken);
        RemoveStaleTempFiles();
        var file = ReadObject() ?? [];
        var result = await change(file);
        WriteAtomically(file);
        return result;
    }

    private void WriteAtomically(JsonObject file)
    {
        var temp = System.IO.Path.Combine(Directory, $".cli.json.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows()) options.UnixCreateMode = PrivateFile;
            using (var stream = new FileStream(temp, options))
            {
                using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, IndentSize = 2, NewLine = "\n", Encoder = JsonStringifyEncoder.Instance }))
                {
                    file.WriteTo(writer);
                }
                stream.Write("\n"u8);
                stream.Flush(flushToDisk: true);
            }
            // rename(2) replaces the path itself: a symlink there is replaced, never written through.
            File.Move(temp, Path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }

    /// <summary>Temp files are only written under the lock, so any found while holding it were left by a killed process.</summary>
    private void RemoveStaleTempFiles()
    {
        foreach (var stale in System.IO.Directory.EnumerateFiles(Directory, ".cli.json.*.tmp"))
        {
            try { File.Delete(stale); } catch (IOException) { } catch (UnauthorizedAccessException) { }
        }
    }

    private void EnsureDirectory()
    {
        if (OperatingSystem.IsWindows())
        {
            System.IO.Directory.CreateDirectory(Directory);
            return;
        }
        System.IO.Directory.CreateDirectory(Directory, PrivateDirectory);
        TightenPermissions();
    }

    /// <summary>A folder or file others can read gets 0700/0600 back, with a warning.</summary>
    private void TightenPermissions()
    {
        if (OperatingSystem.IsWindows()) return;
        Tighten(Directory, PrivateDirectory, "folder");
        if (File.Exists(Path) && !IsLink(Path)) Tighten(Path, PrivateFile, "file");
    }

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private void Tighten(string target, UnixFileMode wanted, string what)
    {
        try
        {
            var mode = File.GetUnixFileMode(target);
            if ((mode & ~wanted) == 0) return;
            File.SetUnixFileMode(target, wanted);
            warnings.WriteLine($"Warning: the credentials {what} {target} was accessible to other users; its mode is now {Convert.ToString((int)wanted, 8)}.");
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // Not ours to fix (another owner); reading still works.
        }
    }

    private static bool IsLink(string path) => new FileInfo(path).LinkTarget is not null;

    private FileStream AcquireLock(CancellationToken cancellationToken)
    {
        var lockPath = Path + ".lock";
        var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = PrivateFile;
        var deadline = DateTime.UtcNow + LockTimeout;
        while (true)
        {
            try
            {
                return new FileStream(lockPath, options);
            }
            catch (IOException) when (DateTime.UtcNow < deadline)
            {
                cancellationToken.WaitHandle.WaitOne(TimeSpan.FromMilliseconds(15));
                cancellationToken.ThrowIfCancellationRequested();
            }
            catch (IOException ex)
            {
                throw new CredentialsFileException($"the credentials file {Path} stayed locked by another opentrain process ({ExceptionText.Describe(ex)})");
            }
        }
    }

    public override string ToString() => Path;
}
