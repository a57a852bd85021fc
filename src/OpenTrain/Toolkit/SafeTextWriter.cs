using System.Globalization;
using System.Text;

namespace OpenTrain.Toolkit;

/// <summary>
/// Human output as the terminal receives it: text from servers and other people (error messages,
/// job titles, messages, profile fields) can never carry a control sequence. C0 and C1 control
/// characters (except newline and tab), DEL and bidirectional overrides are written as visible
/// escapes (<c>\x1b</c>, <c>\u202e</c>). Our own decoration (bold headers, the progress line's
/// carriage return) goes through <see cref="WriteControl"/>. <c>--json</c> bytes bypass this writer.
/// </summary>
internal sealed class SafeTextWriter(TextWriter inner, bool isErrorStream = false) : TextWriter
{
    public override Encoding Encoding => inner.Encoding;

    private void Emit(string text) => Guard(() => inner.Write(text));

    private void Emit(char c) => Guard(() => inner.Write(c));

    /// <summary>
    /// A standard output that cannot be written ends the command: quietly when its reader went away
    /// (exit 0), else with a clear error (exit 1). A closed standard error is ignored (errors must
    /// never move to standard output).
    /// </summary>
    private void Guard(Action write)
    {
        try
        {
            write();
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ObjectDisposedException)
        {
            if (!isErrorStream) throw ex as OutputClosedException ?? new OutputClosedException(ex);
        }
    }

#pragma warning disable CS8765
    public override string NewLine { get => "\n"; set { } }
#pragma warning restore CS8765

    public override void Write(char value)
    {
        if (IsUnsafe(value)) Emit(Escape(value));
        else Emit(value);
    }

    public override void Write(string? value)
    {
        if (value is null) return;
        if (!value.AsSpan().ContainsAnyExcept(SafeAscii) || !NeedsEscaping(value)) Emit(value);
        else Emit(Neutralize(value));
    }

    public override void Write(ReadOnlySpan<char> buffer) => Write(buffer.ToString());

    public override void Write(char[] buffer, int index, int count) => Write(new string(buffer, index, count));

    public override void WriteLine(string? value) => Write(value + "\n");

    public override void Flush() => Guard(inner.Flush);

    /// <summary>Writes a control sequence of our own (not data) as is.</summary>
    public void WriteControl(string sequence) => Emit(sequence);

    public static string Neutralize(string value)
    {
        if (!NeedsEscaping(value)) return value;
        var sb = new StringBuilder(value.Length + 16);
        foreach (var c in value)
        {
            if (IsUnsafe(c)) sb.Append(Escape(c));
            else sb.Append(c);
        }
        return sb.ToString();
    }

    private static readonly System.Buffers.SearchValues<char> SafeAscii =
        System.Buffers.SearchValues.Create(Chars.Run(' ', '~') + "\n\t");

    private static bool NeedsEscaping(string value)
    {
        foreach (var c in value)
        {
            if (IsUnsafe(c)) return true;
        }
        return false;
    }

    private static bool IsUnsafe(char c) =>
        (c < 0x20 && c is not ('\n' or '\t'))
        || c is >= '\u007f' and <= '\u009f'
        || c is >= '\u202a' and <= '\u202e'
        || c is >= '\u2066' and <= '\u2069'
        || c is '\u200e' or '\u200f' or '\u061c';

    private static string Escape(char c) =>
        c <= 0xff ? "\\x" + ((int)c).ToString("x2", CultureInfo.InvariantCulture) : "\\u" + ((int)c).ToString("x4", CultureInfo.InvariantCulture);
}

/// <summary>
/// Standard output cannot be written. When its reader went away (a broken pipe: <c>| head</c> has what it
/// wanted), <see cref="ReaderGone"/> is set and the command ends quietly with exit 0; otherwise (closed with
/// <c>&gt;&amp;-</c>, a full disk) it is one line on stderr and exit 1 (docs/decisions.md, "Closed standard output").
/// </summary>
internal sealed class OutputClosedException(Exception inner, bool readerGone = false)
    : IOException($"cannot write to standard output: {ExceptionText.Describe(inner)}", inner)
{
    public bool ReaderGone { get; } = readerGone;
}
