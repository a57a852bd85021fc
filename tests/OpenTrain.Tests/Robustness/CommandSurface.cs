using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>A command and its flags, read from its own --help (so new flags are fuzzed automatically).</summary>
internal sealed record CommandShape(string[] Path, IReadOnlyList<(string Name, string? Type)> Flags);

internal static class CommandSurface
{
    private static readonly Lazy<Task<IReadOnlyList<CommandShape>>> All = new(LoadAsync);

    public static Task<IReadOnlyList<CommandShape>> LoadAllAsync() => All.Value;

    private static async Task<IReadOnlyList<CommandShape>> LoadAsync()
    {
        var root = await CliRunner.RunAsync([]);
        var paths = root.Stdout.Split('\n')
            .SkipWhile(l => l != "Commands:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
            .Select(l => l.Trim().Split("  ")[0].Trim())
            .Where(p => p is not ("version" or "help [<command>]" or "whoami"))
            .ToList();
        var shapes = new List<CommandShape>();
        foreach (var path in paths)
        {
            var words = path.Split(' ');
            var help = await CliRunner.RunAsync([.. words, "--help"]);
            var flags = help.Stdout.Split('\n')
                .SkipWhile(l => l != "Options:").Skip(1).TakeWhile(l => l.StartsWith("  ", StringComparison.Ordinal))
                .Select(ParseFlag)
                .Where(f => f.Name is not ("--json" or "--base-url"))
                .ToList();
            shapes.Add(new CommandShape(words, flags));
        }
        return shapes;
    }

    /// <summary><c>  --name, --agent-name &lt;string&gt;   text</c> → (<c>--agent-name</c>, <c>string</c>).</summary>
    private static (string Name, string? Type) ParseFlag(string line)
    {
        var spec = line.Trim().Split("  ")[0];
        var type = spec.Contains('<', StringComparison.Ordinal) ? spec[(spec.IndexOf('<', StringComparison.Ordinal) + 1)..spec.IndexOf('>', StringComparison.Ordinal)] : null;
        var names = (type is null ? spec : spec[..spec.IndexOf('<', StringComparison.Ordinal)]).Split(',').Select(n => n.Trim()).ToArray();
        return (names[^1], type);
    }
}
