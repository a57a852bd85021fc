using OpenTrain.Cli;
using OpenTrain.Toolkit;
using OpenTrain.Commands;

namespace OpenTrain.Tests.Support;

/// <summary>A framework flag: every spelling it accepts (the one it derives last) and its value type (null: takes no value).</summary>
internal sealed record FrameworkFlag(IReadOnlyList<string> Spellings, string? Type)
{
    public string Name => Spellings[^1];
}

/// <summary>A command as the framework parses it: its flags and how many positional arguments it takes.</summary>
internal sealed record CommandShape(string[] Path, IReadOnlyList<FrameworkFlag> Flags, int Arguments);

/// <summary>
/// Every command of <see cref="CommandTable"/>, with its flags read from the framework's own help: the
/// oracle for what the framework really parses (the product never reads that text; tests compare the
/// generated table with it, so new flags are tested automatically).
/// </summary>
internal static class CommandSurface
{
    private static readonly Lazy<IReadOnlyList<CommandShape>> All = new(Load);

    public static IReadOnlyList<CommandShape> Commands => All.Value;

    public static CommandShape For(string path) => Commands.Single(c => string.Join(' ', c.Path) == path);

    private static IReadOnlyList<CommandShape> Load()
    {
        CommandContext.SetCurrent(new CommandContext(new TestTerminal().Build(), _ => null));
        try
        {
            return [.. CommandTable.All.Select(c => c.Path.Split(' ')).Select(words => Parse(words, CliApp.Capture([.. words, "--help"])))];
        }
        finally
        {
            CommandContext.SetCurrent(null);
        }
    }

    private static CommandShape Parse(string[] words, string frameworkHelp)
    {
        var lines = frameworkHelp.Split('\n');
        var flags = Section(lines, "Options:").Select(ParseFlag).Where(f => f.Name is not ("--json" or "--base-url" or "--debug")).ToList();
        return new CommandShape(words, flags, Section(lines, "Arguments:").Count());
    }

    private static IEnumerable<string> Section(string[] lines, string heading) =>
        lines.SkipWhile(l => l != heading).Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal));

    /// <summary><c>  --name, --agent-name &lt;string&gt;   text</c> → (<c>--name, --agent-name</c>, <c>string</c>).</summary>
    private static FrameworkFlag ParseFlag(string line)
    {
        var spec = line.Trim().Split("  ")[0];
        var type = spec.Contains('<', StringComparison.Ordinal) ? spec[(spec.IndexOf('<', StringComparison.Ordinal) + 1)..spec.IndexOf('>', StringComparison.Ordinal)].TrimEnd('?') : null;
        var names = (type is null ? spec : spec[..spec.IndexOf('<', StringComparison.Ordinal)]).Split(',').Select(n => n.Trim()).Where(n => n.Length > 0).ToArray();
        return new FrameworkFlag(names, type);
    }
}
