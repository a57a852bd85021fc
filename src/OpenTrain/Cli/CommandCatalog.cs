using System.Text;

namespace OpenTrain.Cli;

/// <summary>One command path and its one-line description.</summary>
internal sealed record CommandEntry(string Path, string Description, IReadOnlyList<string> Aliases);

/// <summary>
/// The command tree, read from the framework's own root help (which the source generator bakes in
/// from the commands' XML docs), so the list can never drift from the registered commands.
/// </summary>
internal sealed class CommandCatalog(IReadOnlyList<CommandEntry> commands)
{
    public IReadOnlyList<CommandEntry> Commands { get; } = commands;

    public static CommandCatalog Parse(string rootHelp)
    {
        var entries = new List<CommandEntry>();
        var inCommands = false;
        foreach (var raw in rootHelp.Split('\n'))
        {
            var line = raw.TrimEnd('\r');
            if (line.StartsWith("Commands:", StringComparison.Ordinal)) { inCommands = true; continue; }
            if (!inCommands || !line.StartsWith("  ", StringComparison.Ordinal)) continue;
            var body = line.Trim();
            var gap = body.IndexOf("  ", StringComparison.Ordinal);
            var names = (gap < 0 ? body : body[..gap]).Split(", ");
            var description = gap < 0 ? "" : body[gap..].Trim();
            entries.Add(new CommandEntry(names[0], description, names[1..]));
        }
        return new CommandCatalog(entries);
    }

    /// <summary>The longest run of leading words that names a command (or an alias), or null.</summary>
    public string? MatchCommand(IReadOnlyList<string> words)
    {
        for (var n = words.Count; n > 0; n--)
        {
            var candidate = string.Join(' ', words.Take(n));
            if (Commands.Any(c => c.Path == candidate || c.Aliases.Contains(candidate))) return candidate;
        }
        return null;
    }

    /// <summary>True when the words are the start of at least one command path (a namespace or group).</summary>
    public bool IsNamespace(IReadOnlyList<string> words)
    {
        var prefix = string.Join(' ', words) + " ";
        return words.Count > 0 && Commands.Any(c => c.Path.StartsWith(prefix, StringComparison.Ordinal));
    }

    public string RenderListing(string? namespacePrefix)
    {
        var rows = new List<(string Name, string Description)>();
        foreach (var c in Commands)
        {
            if (namespacePrefix is not null && !c.Path.StartsWith(namespacePrefix + " ", StringComparison.Ordinal)) continue;
            rows.Add((c.Path, c.Description));
            foreach (var alias in c.Aliases) rows.Add((alias, $"Alias of '{c.Path}'."));
        }
        if (namespacePrefix is null)
        {
            rows.Add(("version", "Print the version."));
            rows.Add(("help [<command>]", "Show this help, or a namespace's commands."));
        }
        var width = rows.Max(r => r.Name.Length) + 4;
        var sb = new StringBuilder();
        foreach (var (name, description) in rows)
        {
            sb.Append("  ").Append(name.PadRight(width)).Append(description).Append('\n');
        }
        return sb.ToString();
    }
}
