using ConsoleAppFramework;
using OpenTrain.Config;

namespace OpenTrain.Cli;

/// <summary>Formats every failure exactly once, and picks its exit code.</summary>
internal static partial class ErrorRenderer
{
    public static int Report(Exception ex, TextWriter err, CancellationToken cancellationToken)
    {
        switch (ex)
        {
            case OperationCanceledException when cancellationToken.IsCancellationRequested:
                return ExitCodes.Interrupted;
            case UsageException or InvalidSettingException:
                err.WriteLine($"Usage error: {ex.Message}");
                return ExitCodes.Error;
            case ArgumentParseFailedException parse:
                err.WriteLine($"Usage error: {DescribeParseFailure(parse.Message)}");
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
        return text ?? $"Error: {ex.Message}";
    }

    /// <summary>Turns the framework's parse messages into ones that name the flag as the user typed it.</summary>
    public static string DescribeParseFailure(string message)
    {
        const string NotRecognized = "Argument '";
        if (message.StartsWith(NotRecognized, StringComparison.Ordinal) && message.EndsWith("' is not recognized.", StringComparison.Ordinal))
        {
            var arg = message[NotRecognized.Length..^"' is not recognized.".Length];
            return arg.StartsWith('-') ? $"unknown flag '{arg}'" : $"unexpected argument '{arg}'";
        }
        const string ParseFailed = "' failed to parse, provided value: ";
        var at = message.IndexOf(ParseFailed, StringComparison.Ordinal);
        if (message.StartsWith(NotRecognized, StringComparison.Ordinal) && at > 0)
        {
            var name = message[NotRecognized.Length..at].TrimStart('-');
            var value = message[(at + ParseFailed.Length)..];
            return value.Length == 0 || value == "--" + name
                ? $"--{name} needs a value"
                : $"invalid value '{value}' for --{name}";
        }
        return message;
    }
}
