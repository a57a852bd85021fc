using System.Text;

namespace OpenTrain.Operations;

/// <summary>A command line to suggest to the user: every piece is shell-quoted, so it can be pasted into a POSIX shell (placeholders included).</summary>
internal sealed class ShellCommand(string command)
{
    private readonly StringBuilder text = new(command);

    public ShellCommand Arg(string? value)
    {
        if (!string.IsNullOrEmpty(value)) text.Append(' ').Append(Quote(value));
        return this;
    }

    public ShellCommand Option(string flag, string? value)
    {
        if (!string.IsNullOrEmpty(value)) text.Append(' ').Append(flag).Append(' ').Append(Quote(value));
        return this;
    }

    /// <summary>A flag that takes no value, when it is on.</summary>
    public ShellCommand Flag(string flag, bool on)
    {
        if (on) text.Append(' ').Append(flag);
        return this;
    }

    public override string ToString() => text.ToString();

    public static string Quote(string value) =>
        value.Length > 0 && value.All(IsSafe) ? value : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || "_-./:=@%+,".Contains(c, StringComparison.Ordinal);
}
