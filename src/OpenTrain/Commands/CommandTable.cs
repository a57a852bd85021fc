using OpenTrain.Toolkit;

namespace OpenTrain.Commands;

/// <summary>
/// Every command, generated at build time from the command methods (src/OpenTrain.CommandGenerator):
/// the router, help, completion, "did you mean", <c>auth status</c> and the docs read this table.
/// </summary>
internal static partial class CommandTable
{
    public static CommandInfo? Find(string path) => Array.Find(All, c => c.Path == path || c.Aliases.Contains(path));

    /// <summary>The longest run of leading words that names a command (or an alias), or null.</summary>
    public static CommandInfo? Match(IReadOnlyList<string> words)
    {
        for (var n = words.Count; n > 0; n--)
        {
            if (Find(string.Join(' ', words.Take(n))) is { } command) return command;
        }
        return null;
    }

    /// <summary>True when the words are the start of at least one command path (a namespace or group).</summary>
    public static bool IsNamespace(IReadOnlyList<string> words)
    {
        var prefix = string.Join(' ', words) + " ";
        return words.Count > 0 && All.Any(c => c.Path.StartsWith(prefix, StringComparison.Ordinal));
    }
}
