using System.Text;

namespace OpenTrain.Cli;

/// <summary>Standard output as renderers see it: the text, plus whether decoration (bold headers) is wanted.</summary>
internal sealed class StyledWriter(TextWriter inner, bool color) : TextWriter
{
    public bool Color { get; } = color;

    public override Encoding Encoding => inner.Encoding;

    public override string NewLine
    {
        get => "\n";
#pragma warning disable CS8765
        set { }
#pragma warning restore CS8765
    }

    public override void Write(char value) => inner.Write(value);

    public override void Write(string? value) => inner.Write(value);

    public override void Write(ReadOnlySpan<char> buffer) => inner.Write(buffer);

    public override void WriteLine(string? value) => inner.Write(value + "\n");

    public override void Flush() => inner.Flush();

    /// <summary>True when <paramref name="output"/> wants decoration.</summary>
    public static bool WantsColor(TextWriter output) => output is StyledWriter { Color: true };
}
