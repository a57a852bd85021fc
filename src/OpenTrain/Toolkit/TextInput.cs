namespace OpenTrain.Toolkit;

/// <summary>
/// Text given inline (<c>--content</c>) or read from a file (<c>--content-file</c>, <c>-</c> for
/// standard input): exactly one of the two. Checked at bind time, read when the command runs.
/// </summary>
internal sealed record TextInput(string? Inline, string? FilePath, string FileFlag)
{
    public const string StandardInput = "-";

    /// <summary>
    /// The most a file or standard input may hold (characters). The API accepts far less (60,000 for
    /// a description, 10,000 for a message); the cap keeps <c>/dev/zero</c> from eating memory.
    /// </summary>
    public const int MaxChars = 1024 * 1024;

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
        if (FilePath == StandardInput) return await ReadLimitedAsync(stdin, cancellationToken);
        if (Directory.Exists(FilePath)) throw new CliException($"cannot read {FileFlag} '{FilePath}': it is a directory");
        try
        {
            using var file = new StreamReader(FilePath);
            return await ReadLimitedAsync(file, cancellationToken);
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
            throw new CliException($"cannot read {FileFlag} '{FilePath}': {ExceptionText.Describe(ex)}");
        }
    }

    private async Task<string> ReadLimitedAsync(TextReader reader, CancellationToken cancellationToken)
    {
        var buffer = new char[MaxChars + 1];
        int total = 0, read;
        while (total < buffer.Length && (read = await reader.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0) total += read;
        if (total > MaxChars)
            throw new CliException($"cannot read {FileFlag} '{FilePath}': it is larger than the 1 MiB limit (1,048,576 characters)");
        return new string(buffer, 0, total).TrimEnd('\r', '\n');
    }
}
