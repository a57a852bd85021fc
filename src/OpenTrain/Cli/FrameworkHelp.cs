namespace OpenTrain.Cli;

/// <summary>
/// Every place where we rely on ConsoleAppFramework's own wording, in one file: its command help
/// (re-worded for our synopsis) and its parse-failure messages (turned into our usage errors).
/// Each string matched here has a golden test, so a framework upgrade that changes one fails loudly.
/// </summary>
internal static class FrameworkHelp
{
    /// <summary>The framework's synopsis prefix.</summary>
    public const string UsagePrefix = "Usage: ";

    /// <summary>The framework's built-in flags in the synopsis; we offer --help but no per-command --version.</summary>
    public const string BuiltInFlags = " [-h|--help] [--version]";

    /// <summary>How the framework marks an optional option's default of null.</summary>
    public const string NullDefault = " [Default: null]";

    /// <summary>The framework writes nullable value types as <c>&lt;int?&gt;</c>.</summary>
    public const string NullableMarker = "?>";

    /// <summary>
    /// Spellings the framework derives from a parameter name that differ from the documented flag
    /// (its kebab-case keeps "AF" together: confirmNotAFit → --confirm-nota-fit). Both are accepted;
    /// help shows only the documented one, which the parameter declares as its alias.
    /// </summary>
    public static readonly string[] UndocumentedSpellings = ["--confirm-nota-fit"];

    /// <summary>The framework's synopsis names a command with its aliases: <c>auth status|whoami</c>.</summary>
    public const string AliasSeparator = "|";

    /// <summary>What the framework is told <c>--base-url</c> does; <see cref="Adapt"/> replaces it with the value in use and its source.</summary>
    public const string BaseUrlDescription = "API origin for this call.";

    public static string Adapt(string frameworkHelp, CommandInfo command, string baseUrlNow)
    {
        var text = frameworkHelp.Replace(BaseUrlDescription, $"API origin for this call (now: {baseUrlNow}).", StringComparison.Ordinal);
        foreach (var alias in command.Aliases)
            text = text.Replace(command.Path + AliasSeparator + alias, command.Path, StringComparison.Ordinal);
        text = text.Replace(UsagePrefix, UsagePrefix + "opentrain ", StringComparison.Ordinal)
            .Replace(BuiltInFlags, " [-h|--help]", StringComparison.Ordinal)
            .Replace(NullDefault, "", StringComparison.Ordinal)
            .Replace(NullableMarker, "> ", StringComparison.Ordinal);
        foreach (var spelling in UndocumentedSpellings)
            text = text.Replace(", " + spelling, "", StringComparison.Ordinal);
        return OptionTable.Rewrite(text.TrimEnd('\n', '\r'), command);
    }

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
