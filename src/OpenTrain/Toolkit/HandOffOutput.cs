namespace OpenTrain.Toolkit;

/// <summary>
/// A step only a human can take (confirm an approval, pay a checkout link): the URL on its own
/// line so it can be handed on, the facts about it, the server's message and the commands that
/// check the outcome once or wait for it.
/// </summary>
internal static class HandOffOutput
{
    private const string CheckIntro = "Check it with:";

    /// <summary>A written hand-off without its closing check / wait commands (for a run that waits itself).</summary>
    public static string WithoutCheck(string written) =>
        written.IndexOf("\n\n" + CheckIntro + "\n", StringComparison.Ordinal) is >= 0 and var at ? written[..(at + 1)] : written;

    /// <summary>
    /// The check that waits for the outcome: the command with <c>--wait</c>; in a tool call, the check tool with
    /// <c>"wait":true</c> (the flag renders as the tool's <c>wait</c> argument).
    /// </summary>
    public static string Waiting(ShellCommand check) => check.With(c => c.Flag("--wait")).ToString();

    /// <summary>After a "check again" line: how to wait instead (<c>(add --wait to wait for it)</c>, or the check tool with wait).</summary>
    public static string WaitNote(ShellCommand check) => ShellCommand.Surface.Current is null
        ? " (add --wait to wait for it)"
        : $"\nOr wait for it: {Waiting(check)}.";

    public static void Write(TextWriter output, string headline, string urlIntro, string? url, KeyValueBlock fields, string? message, ShellCommand? checkCommand)
    {
        output.WriteLine(headline);
        if (!string.IsNullOrEmpty(url))
        {
            output.WriteLine();
            output.WriteLine(urlIntro);
            output.WriteLine(url);
            output.WriteLine();
        }
        fields.WriteTo(output);
        if (!string.IsNullOrEmpty(message))
        {
            output.WriteLine();
            output.WriteLine(message);
        }
        if (checkCommand is not null)
        {
            output.WriteLine();
            output.WriteLine(CheckIntro);
            output.WriteLine($"  {checkCommand}");
            // Agents are told never to loop over the check themselves: name the command that waits.
            output.WriteLine(ShellCommand.Surface.Current is null ? "Or wait until the human acts (exit 0 once done):" : "Or wait until the human acts:");
            output.WriteLine($"  {Waiting(checkCommand)}");
        }
    }
}
