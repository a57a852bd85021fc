using System.Text;

namespace OpenTrain.Toolkit;

/// <summary>Standard output as renderers see it: the text, plus whether decoration (bold headers) is wanted.</summary>
internal sealed class StyledWriter(SafeTextWriter inner, bool color, TerminalLayout? layout = null) : TextWriter
{
    public bool Color { get; } = color;

    /// <summary>Set only when standard output is a terminal: its width and the time "ago" is measured from.</summary>
    public TerminalLayout? Layout { get; } = layout;

    private SafeTextWriter Inner { get; } = inner;

    public override Encoding Encoding => Inner.Encoding;

    public override string NewLine
    {
        get => "\n";
#pragma warning disable CS8765
        set { }
#pragma warning restore CS8765
    }

    public override void Write(char value) => Inner.Write(value);

    public override void Write(string? value) => Inner.Write(value);

    public override void Write(ReadOnlySpan<char> buffer) => Inner.Write(buffer);

    public override void WriteLine(string? value) => Inner.Write(value + "\n");

    public override void Flush() => Inner.Flush();

    /// <summary>Writes a line in bold when <paramref name="output"/> wants decoration, else plain.</summary>
    public static void WriteBoldLine(TextWriter output, string text)
    {
        if (output is StyledWriter { Color: true } styled)
        {
            styled.Inner.WriteControl("\u001b[1m");
            styled.Inner.Write(text);
            styled.Inner.WriteControl("\u001b[0m\n");
        }
        else
        {
            output.Write(text + "\n");
        }
    }
}

/// <summary>What a terminal (and only a terminal) changes in tables: cells fit its width, times read as "3 minutes ago".</summary>
internal sealed record TerminalLayout(int Width, DateTimeOffset Now);
