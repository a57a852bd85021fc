using OpenTrain.Config;

namespace OpenTrain.Cli;

/// <summary>Formats every failure exactly once, and picks its exit code.</summary>
internal static partial class ErrorRenderer
{
    public static int Report(Exception ex, TextWriter err, CancellationToken cancellationToken, CommandInfo? command = null)
    {
        switch (ex)
        {
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return ExitCodes.Interrupted;
            case UsageException or InvalidSettingException or Http.InvalidIdException:
                err.WriteLine($"Usage error: {SecretMask.Scrub(ex.Message)}");
                return ExitCodes.Error;
            case ArgumentParseFailedException parse:
                err.WriteLine($"Usage error: {SecretMask.Scrub(ParseFailure.Describe(parse.Message, command))}");
                return ExitCodes.Error;
            default:
                err.WriteLine(RenderOther(ex));
                return ExitCodes.Error;
        }
    }

    static partial void RenderKnown(Exception ex, ref string? text);

    private static string RenderOther(Exception ex)
    {
        string? text = null;
        RenderKnown(ex, ref text);
        return text ?? $"Error: {ExceptionText.Describe(ex)}";
    }
}
