namespace OpenTrain.Cli;

/// <summary>
/// Text given inline (<c>--content</c>) or read from a file (<c>--content-file</c>, <c>-</c> for
/// standard input): exactly one of the two. Checked at bind time, read when the command runs.
/// </summary>
internal sealed record TextInput(string? Inline, string? FilePath, string FileFlag)
{
    public const string StandardInput = "-";

    public static TextInput ExactlyOne(string? inline, string? filePath, string inlineFlag, string fileFlag)
    {
        if (inline is not null && filePath is not null) throw new UsageException($"give {inlineFlag} or {fileFlag}, not both");
        if (inline is null && filePath is null) throw new UsageException($"{inlineFlag} or {fileFlag} is required");
        if (filePath is { Length: 0 }) throw new UsageException($"{fileFlag} needs a path ('-' reads standard input)");
        return new TextInput(inline, filePath, fileFlag);
    }

    /// <summary>The text; a file's trailing line breaks are dropped (editors and <c>echo</c> add them).</summary>
    public async Task<string> ReadAsync(TextReader stdin, CancellationToken cancellationToken)
    {
        if (FilePath is null) return Inline!;
        if (FilePath == StandardInput) return (await stdin.ReadToEndAsync(cancellationToken)).TrimEnd('\r', '\n');
        if (Directory.Exists(FilePath)) throw new CliException($"cannot read {FileFlag} '{FilePath}': it is a directory");
        try
        {
            return (await File.ReadAllTextAsync(FilePath, cancellationToken)).TrimEnd('\r', '\n');
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new CliException($"cannot read {FileFlag} '{FilePath}': no such file");
        }
        catch (UnauthorizedAccessException)
        {
            throw new CliException($"cannot read {FileFlag} '{FilePath}': permission denied");
        }
        catch (IOException ex)
        {
            throw new CliException($"cannot read {FileFlag} '{FilePath}': {ex.Message}");
        }
    }
}
