using System.Text;
using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>
/// A command's help, rendered from its <see cref="CommandInfo"/>: the synopsis, the summary, the
/// Arguments and Options tables with placeholders that say what to type (<c>&lt;job-id&gt;</c>,
/// <c>&lt;usd&gt;</c>, <c>&lt;date&gt;</c>), required flags marked, enum values listed, descriptions
/// wrapped at 80 columns. <see cref="HelpText.Command"/> adds the requirements and the example.
/// </summary>
internal static class CommandHelp
{
    private const int Width = 80;
    private const string Indent = "  ";

    public static string Render(CommandInfo command, string baseUrlNow)
    {
        var lines = new List<string>
        {
            $"Usage: opentrain {command.Path} {(command.Arguments.Count > 0 ? "[arguments...] " : "")}[options...] [-h|--help]",
            "",
        };
        lines.AddRange(Wrap(command.Summary, Width));
        if (command.Arguments.Count > 0)
        {
            lines.Add("");
            lines.Add("Arguments:");
            lines.AddRange(Render([.. command.Arguments.Select(Row)]));
        }
        lines.Add("");
        lines.Add("Options:");
        lines.AddRange(Render([
            .. command.Options.Select(Row),
            (GlobalFlags.Json, command.JsonHelp ?? GlobalFlags.JsonDescription),
            ($"{GlobalFlags.BaseUrl} {Placeholder(GlobalFlags.BaseUrl)}", GlobalFlags.BaseUrlNow(baseUrlNow)),
            (GlobalFlags.Debug, GlobalFlags.DebugDescription),
        ]));
        return string.Join('\n', lines);
    }

    /// <summary>An id argument is named and described like its flag (<see cref="HelpWording.PositionalId"/>); any other by its parameter.</summary>
    private static (string Spec, string Text) Row(CommandArgument argument)
    {
        var flag = argument.Description.Split(' ', '(', ')', ',', '.').FirstOrDefault(w => w.StartsWith("--", StringComparison.Ordinal) && w.EndsWith("-id", StringComparison.Ordinal));
        return flag is null ? ($"<{argument.Name}>", argument.Description) : ($"<{flag[2..]}>", HelpWording.PositionalId(flag) ?? argument.Description);
    }

    private static (string Spec, string Text) Row(CommandOption option)
    {
        var spec = string.Join(", ", [.. option.Aliases, option.Name]);
        if (option.Kind != OptionKind.Boolean) spec += " " + Placeholder(option.Name);
        var text = option.Description;
        if (option.Required && !text.Contains("required", StringComparison.OrdinalIgnoreCase)) text += " Required.";
        if (option.Values is { Count: > 0 } values && !values.All(v => text.Contains(v, StringComparison.Ordinal)))
            text += $" One of: {string.Join(", ", values)}.";
        return (spec, text);
    }

    /// <summary>What to type for a flag's value, from its name.</summary>
    internal static string Placeholder(string flag) => flag switch
    {
        "--amount" or "--amount-usd" => "<usd>",
        "--since" => "<time>",
        _ when flag.EndsWith("-date", StringComparison.Ordinal) => "<date>",
        "--limit" or "--volume" or "--max-events" => "<n>",
        "--timeout" or "--interval" => "<seconds>",
        "--email" => "<email>",
        "--url" or "--base-url" or "--forward-to" => "<url>",
        "--cursor" => "<cursor>",
        "--set" or "--raw-field" or "--query" => "<key=value>",
        "--field" => "<key=json>",
        "--input" => "<path|->",
        "--event" or "--events" or "--type" => "<event-type>",
        "--until" => "<type[:field=value]>",
        "--tolerance" => "<seconds>",
        "--now" => "<unix-seconds>",
        "--signature" => "<header>",
        "--secret" => "<secret>",
        "--retry-scale" => "<factor>",
        "--api-key" => "<token|->",
        "--content-file" or "--description-file" => "<path|->", // read once: '-' is standard input
        _ when flag.EndsWith("-file", StringComparison.Ordinal) => "<path>",
        _ when flag.EndsWith("-id", StringComparison.Ordinal) || flag.EndsWith("-token", StringComparison.Ordinal) => $"<{flag[2..]}>",
        "--status" or "--pay-type" or "--filter" or "--direction" => $"<{flag[2..]}>",
        _ => "<text>",
    };

    /// <summary>The column descriptions start at: after the longest spec, at most 36 (a longer spec gets a line of its own).</summary>
    internal static int Column(IEnumerable<string> specs) => Math.Min(specs.Max(s => s.Length) + Indent.Length + 3, 36);

    /// <summary>Two-column rows within 80 columns: specs at the indent, descriptions wrapped at <paramref name="column"/>.</summary>
    internal static IEnumerable<string> Render(List<(string Spec, string Text)> rows, int? column = null)
    {
        if (rows.Count == 0) return [];
        return Rows(rows, column ?? Column(rows.Select(r => r.Spec)));
    }

    private static IEnumerable<string> Rows(List<(string Spec, string Text)> rows, int column)
    {
        foreach (var (spec, text) in rows)
        {
            var first = Indent + spec;
            var lines = Wrap(text, Width - column);
            if (first.Length + 2 > column)
            {
                yield return first;
                first = "";
            }
            var sb = new StringBuilder(first.PadRight(column));
            sb.Append(lines.Count > 0 ? lines[0] : "");
            yield return sb.ToString().TrimEnd();
            foreach (var more in lines.Skip(1)) yield return new string(' ', column) + more;
        }
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            if (line.Length > 0) line.Append(' ');
            line.Append(word);
        }
        if (line.Length > 0) lines.Add(line.ToString());
        return lines;
    }
}
