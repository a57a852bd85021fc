using OpenTrain.Config;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>Formats every failure exactly once, and picks its exit code.</summary>
internal static partial class ErrorRenderer
{
    /// <summary>
    /// The documented lines on stderr, plus (with <c>--json</c>) the failure document on stdout
    /// (<see cref="FailureJson"/>); returns the exit code. A command ended because the reader of
    /// standard output went away prints nothing and exits 0 (see <see cref="ReaderGone"/>).
    /// </summary>
    public static int Report(Exception ex, CommandContext run, CancellationToken cancellationToken)
    {
        var interrupted = ex is OperationCanceledException && cancellationToken.IsCancellationRequested;
        if (!interrupted && ReaderGone(ex, run.Terminal)) return ExitCodes.Success;
        if (!interrupted) run.Terminal.Err.WriteLine(Render(ex, run.Command));
        FailureJson.Write(run, ex, interrupted);
        return interrupted ? ExitCodes.Interrupted : ExitCodes.Error;
    }

    /// <summary>
    /// The reader of standard output went away (<c>| head -n 1</c> has its line): a write failed with a
    /// broken pipe, or the watch cancelled a wait, a follow or a page request. Like a tool that
    /// <c>SIGPIPE</c> ends, which the shell does not report, the command is done: no text, exit 0.
    /// Ctrl-C still wins (130). Standard output closed before the start (<c>&gt;&amp;-</c>) is not this.
    /// </summary>
    public static bool ReaderGone(Exception ex, Terminal terminal) =>
        ex is OutputClosedException { ReaderGone: true }
        || ex is OperationCanceledException && terminal.OutputGone.IsCancellationRequested;

    /// <summary>The explanation of an argument mistake (after <c>Usage error: </c>), or null when <paramref name="ex"/> is not one.</summary>
    public static string? UsageMessage(Exception ex, CommandInfo? command = null) => ex switch
    {
        UsageException or InvalidSettingException or Http.InvalidIdException => SecretMask.Scrub(ex.Message),
        ArgumentParseFailedException parse => SecretMask.Scrub(ParseFailure.Describe(parse.Message, command)),
        _ => null,
    };

    private static string Render(Exception ex, CommandInfo? command)
    {
        if (UsageMessage(ex, command) is { } usage) return $"Usage error: {usage}";
        string? text = null;
        RenderKnown(ex, ref text);
        return text ?? $"Error: {ExceptionText.Describe(ex)}";
    }

    static partial void RenderKnown(Exception ex, ref string? text);
}
