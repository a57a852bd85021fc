using OpenTrain.Cli;

namespace OpenTrain.Tests.Support;

/// <summary>A buffer-backed terminal (non-TTY unless asked), like gh's iostreams.Test().</summary>
internal sealed class TestTerminal
{
    public StringWriter Out { get; } = new() { NewLine = "\n" };
    public StringWriter Err { get; } = new() { NewLine = "\n" };

    public Terminal Build(string stdin = "", bool tty = false, bool noColor = false) =>
        new(TextWriter.Synchronized(Out), TextWriter.Synchronized(Err), new StringReader(stdin), tty, tty, noColor);
}
