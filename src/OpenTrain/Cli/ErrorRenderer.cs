using OpenTrain.Config;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>Formats every failure exactly once, and picks its exit code.</summary>
internal static partial class ErrorRenderer
{
    /// <summary>
    /// The documented lines on stderr, plus (with <c>--json</c>) the failure document on stdout
    /// (<see cref="FailureJson"/>); returns the exit code.
    /// </summary>
    public static int Report(Exception ex, CommandContext run, CancellationToken cancellationToken)
    {
        var interrupted = ex is OperationCanceledException && cancellationToken.IsCancellationRequested;
        if (!interrupted) run.Terminal.Err.WriteLine(Render(ex, run.Command));
        FailureJson.Write(run, ex, interrupted);
        return interrupted ? ExitCodes.Interrupted : ExitCodes.Error;
    }

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
