using System.Text;

namespace OpenTrain.Cli;

/// <summary>Standard output as renderers see it: the text, plus whether decoration (bold headers) is wanted.</summary>
internal sealed class StyledWriter(SafeTextWriter inner, bool color) : TextWriter
{
    public bool Color { get; } = color;

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
