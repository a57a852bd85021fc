using OpenTrain.Cli;

namespace OpenTrain.Tests.Support;

/// <summary>A command and the flags the framework accepts for it (so new flags are tested automatically).</summary>
internal sealed record CommandShape(string[] Path, IReadOnlyList<(string Name, string? Type)> Flags);

/// <summary>Every command of <see cref="CommandTable"/>, with its flags read from the framework's own help (what it really parses).</summary>
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
            return [.. CommandTable.All.Select(c => c.Path.Split(' ')).Select(words => new CommandShape(words, Flags(CliApp.Capture([.. words, "--help"]))))];
        }
        finally
        {
            CommandContext.SetCurrent(null);
        }
    }

    private static List<(string Name, string? Type)> Flags(string frameworkHelp) =>
        [.. frameworkHelp.Split('\n')
            .SkipWhile(l => l != "Options:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(ParseFlag)
            .Where(f => f.Name is not ("--json" or "--base-url" or "--debug"))];

    /// <summary><c>  --name, --agent-name &lt;string&gt;   text</c> → (<c>--agent-name</c>, <c>string</c>); a spelling help hides is skipped.</summary>
    private static (string Name, string? Type) ParseFlag(string line)
    {
        var spec = line.Trim().Split("  ")[0];
        var type = spec.Contains('<', StringComparison.Ordinal) ? spec[(spec.IndexOf('<', StringComparison.Ordinal) + 1)..spec.IndexOf('>', StringComparison.Ordinal)].TrimEnd('?') : null;
        var names = (type is null ? spec : spec[..spec.IndexOf('<', StringComparison.Ordinal)]).Split(',').Select(n => n.Trim())
            .Where(n => !FrameworkHelp.UndocumentedSpellings.Contains(n)).ToArray();
        return (names[^1], type);
    }
}
