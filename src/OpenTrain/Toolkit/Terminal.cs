namespace OpenTrain.Toolkit;

/// <summary>
/// The streams a command writes to, and what they are connected to. Commands never touch
/// <see cref="Console"/>: tests build a buffer-backed terminal and run commands in parallel.
/// </summary>
internal sealed class Terminal(TextWriter output, TextWriter error, TextReader input, bool isStdoutTty, bool isStderrTty, bool noColor, Stream outputStream, int width = 80)
{
    /// <summary>Columns of the terminal standard output is on (80 when unknown).</summary>
    public int Width { get; } = width;

    /// <summary>The raw bytes behind <see cref="Out"/>, for streaming <c>--json</c> bodies.</summary>
    public Stream OutStream { get; } = outputStream;

    /// <summary>Standard output for text: control characters in data are neutralised (see <see cref="SafeTextWriter"/>).</summary>
    public SafeTextWriter Out { get; } = new(output);

    /// <summary>Standard error for text, neutralised like <see cref="Out"/>.</summary>
    public SafeTextWriter Err { get; } = new(error, isErrorStream: true);
    public TextReader In { get; } = input;
    public bool IsStdoutTty { get; } = isStdoutTty;

    /// <summary>A JSON document has begun on standard output (a failure must not add a second one).</summary>
    public bool JsonWritten { get; set; }
    public bool IsStderrTty { get; } = isStderrTty;

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set.</summary>
    public bool ColorEnabled => IsStdoutTty && !noColor;
}
