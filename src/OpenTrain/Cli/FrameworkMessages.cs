using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>
/// The one place where we rely on ConsoleAppFramework's own wording: its parse-failure messages,
/// turned into our usage errors. Each string matched here has a golden test, so a framework upgrade
/// that changes one fails loudly. (Help is rendered from the command table, never from its text.)
/// </summary>
internal static class FrameworkMessages
{
    private const string NotRecognized = "Argument '";
    private const string NotRecognizedEnd = "' is not recognized.";
    private const string ParseFailed = "' failed to parse, provided value: ";

    /// <summary>Turns the framework's parse messages into ones that name the flag as the user typed it.</summary>
    public static string DescribeParseFailure(string message)
    {
        if (message.StartsWith(NotRecognized, StringComparison.Ordinal) && message.EndsWith(NotRecognizedEnd, StringComparison.Ordinal))
        {
            var arg = message[NotRecognized.Length..^NotRecognizedEnd.Length];
            return arg.StartsWith('-') ? $"unknown flag '{arg}'" : $"unexpected argument '{arg}'";
        }
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
