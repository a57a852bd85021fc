using System.Text;
using OpenTrain.Toolkit;

namespace OpenTrain.Tests.Support;

/// <summary>
/// A buffer-backed terminal (non-TTY unless asked), like gh's iostreams.Test(). Stdout is a byte
/// stream with a text writer over it, as in the real process, so streamed --json output is covered.
/// </summary>
internal sealed class TestTerminal
{
    private readonly MemoryStream stdout = new();

    public StringWriter Err { get; } = new() { NewLine = "\n" };

    public string Stdout
    {
        get
        {
            lock (stdout) return Encoding.UTF8.GetString(stdout.ToArray());
        }
    }

    public Terminal Build(string stdin = "", bool tty = false, bool noColor = false)
    {
        var writer = new StreamWriter(stdout, new UTF8Encoding(false)) { AutoFlush = true, NewLine = "\n" };
        return new Terminal(TextWriter.Synchronized(writer), TextWriter.Synchronized(Err), new StringReader(stdin), tty, tty, noColor, stdout);
    }
}
