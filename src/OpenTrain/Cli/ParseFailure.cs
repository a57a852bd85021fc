using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>A framework parse failure in our words, plus, for an unknown flag, the help to run and the closest flags.</summary>
internal static class ParseFailure
{
    private const string UnknownFlag = "unknown flag '";

    public static string Describe(string frameworkMessage, CommandInfo? command)
    {
        var text = FrameworkMessages.DescribeParseFailure(frameworkMessage);
        if (command is null || !text.StartsWith(UnknownFlag, StringComparison.Ordinal)) return text;
        var flag = text[UnknownFlag.Length..^1];
        return $"{text}. Run 'opentrain {command.Path} --help' for its flags.{Spelling.DidYouMean(Suggestions.Flags(command, flag))}";
    }
}
