using System.Text;

namespace OpenTrain.Cli;

/// <summary>
/// The Arguments and Options sections of a command's help, re-rendered for people: placeholders that
/// say what to type (<c>&lt;job-id&gt;</c>, <c>&lt;usd&gt;</c>, <c>&lt;date&gt;</c>) instead of the
/// framework's types, required flags marked, enum values listed, descriptions wrapped at 80 columns.
/// </summary>
internal static class OptionTable
{
    private const int Width = 80;
    private const string Indent = "  ";

    public static string Rewrite(string help, CommandInfo command)
    {
        var lines = help.Split('\n');
        var output = new List<string>(lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            if (lines[i] is not ("Arguments:" or "Options:"))
            {
                // The summary paragraph: wrapped like the tables (the synopsis line is left whole).
                if (lines[i].Length > Width && !lines[i].StartsWith(FrameworkHelp.UsagePrefix, StringComparison.Ordinal) && !lines[i].StartsWith(' '))
                    output.AddRange(Wrap(lines[i], Width));
                else output.Add(lines[i]);
                continue;
            }
            output.Add(lines[i]);
            var rows = new List<(string Spec, string Text)>();
            while (i + 1 < lines.Length && lines[i + 1].StartsWith(Indent, StringComparison.Ordinal)) rows.Add(Row(lines[++i], command, rows.Count));
            output.AddRange(Render(rows));
        }
        return string.Join('\n', output);
    }

    private static (string Spec, string Text) Row(string line, CommandInfo command, int index)
    {
        var body = line.Trim();
        var gap = body.IndexOf("  ", StringComparison.Ordinal);
        var spec = gap < 0 ? body : body[..gap];
        var text = gap < 0 ? "" : body[gap..].Trim();
        var typeAt = spec.IndexOf(" <", StringComparison.Ordinal);
        var names = typeAt < 0 ? spec : spec[..typeAt];
        if (names.StartsWith('['))
        {
            // "[0] <string>  Same as --job-id." → "<job-id>  The job's id, same as --job-id (from …)." (HelpWording)
            var flag = text.Split(' ', '(', ')', ',', '.').FirstOrDefault(w => w.StartsWith("--", StringComparison.Ordinal) && w.EndsWith("-id", StringComparison.Ordinal));
            if (flag is not null) return ($"<{flag[2..]}>", HelpWording.PositionalId(flag) ?? text);
            var positional = HelpWording.PositionalNames(command.Path);
            return (index < positional.Count ? positional[index] : "<value>", text);
        }
        var flagName = names.Split(", ")[^1];
        if (typeAt >= 0) spec = $"{names} {Placeholder(flagName)}";
        if (flagName == "--json" && JsonDescription(command.Path) is { } json) text = json;
        if (CommandFlags.Required.Contains((command.Path, flagName)) && !text.Contains("required", StringComparison.OrdinalIgnoreCase))
            text += " Required.";
        if (CommandFlags.Values.FirstOrDefault(v => v.Command == command.Path && v.Flag == flagName).Values is { Count: > 0 } values
            && !values.All(v => text.Contains(v, StringComparison.Ordinal)))
            text += $" One of: {string.Join(", ", values)}.";
        return (spec, text);
    }

    /// <summary>What to type for a flag's value, from its name.</summary>
    private static string Placeholder(string flag) => flag switch
    {
        "--amount" or "--amount-usd" => "<usd>",
        "--since" => "<time>",
        _ when flag.EndsWith("-date", StringComparison.Ordinal) => "<date>",
        "--limit" or "--volume" => "<n>",
        "--timeout" or "--interval" => "<seconds>",
        "--email" => "<email>",
        "--url" or "--base-url" => "<url>",
        "--cursor" => "<cursor>",
        "--set" or "--raw-field" or "--query" => "<key=value>",
        "--field" => "<key=json>",
        "--input" => "<path|->",
        "--event" => "<event-type>",
        "--api-key" => "<token|->",
        "--cursor-file" => "<path>", // read, then replaced after each batch: never standard input
        _ when flag.EndsWith("-file", StringComparison.Ordinal) => "<path|->",
        _ when flag.EndsWith("-id", StringComparison.Ordinal) || flag.EndsWith("-token", StringComparison.Ordinal) => $"<{flag[2..]}>",
        "--status" or "--pay-type" or "--filter" or "--direction" => $"<{flag[2..]}>",
        _ => "<text>",
    };

    /// <summary>The auth commands' <c>--json</c> is not an API body as received (spec: a CLI-built result object).</summary>
    private static string? JsonDescription(string command) => command switch
    {
        "auth status" => "Print the /auth/me response JSON as received, plus cliAccess (the commands this token can use).",
        _ when command.StartsWith("auth ", StringComparison.Ordinal) => "Print the result as one JSON object built by the CLI (not an API response).",
        _ => null,
    };

    private static IEnumerable<string> Render(List<(string Spec, string Text)> rows)
    {
        if (rows.Count == 0) yield break;
        var column = Math.Min(rows.Max(r => r.Spec.Length) + Indent.Length + 3, 36);
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
