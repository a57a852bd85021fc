using OpenTrain.Toolkit;
using OpenTrain.Commands;

namespace OpenTrain.Cli.Completion;

/// <summary>
/// What the completion scripts know, from <see cref="CommandTable"/> and <see cref="GlobalFlags"/>:
/// the words after each command prefix, each command's flags, each enum flag's values, and which
/// flags take no value (so a script can skip flag values while it finds the command words).
/// </summary>
internal sealed class CompletionModel
{
    public static readonly string[] Shells = ["bash", "zsh", "fish", "powershell"];

    /// <summary>Root words the router answers itself (not in the table).</summary>
    private static readonly string[] RouterWords = ["completion", "help", "mcp", "version"];

    /// <summary>Command prefix ("" for the root) → the words that can follow it.</summary>
    public IReadOnlyList<(string Prefix, IReadOnlyList<string> Words)> Children { get; }

    /// <summary>Command path (aliases included) → its own flags.</summary>
    public IReadOnlyList<(string Command, IReadOnlyList<string> Flags)> Flags { get; }

    /// <summary>"command --flag" → the values the flag accepts.</summary>
    public IReadOnlyList<(string Key, IReadOnlyList<string> Values)> Values { get; }

    public IReadOnlyList<string> Global => GlobalFlags.Names;

    /// <summary>Flags that take no value.</summary>
    public IReadOnlyList<string> Booleans { get; } = [.. ArgumentNormalizer.BooleanFlags.Order(StringComparer.Ordinal)];

    public static CompletionModel Build() => new();

    private CompletionModel()
    {
        var children = new SortedDictionary<string, SortedSet<string>>(StringComparer.Ordinal);
        void Add(string prefix, string word)
        {
            if (!children.TryGetValue(prefix, out var set)) children[prefix] = set = new SortedSet<string>(StringComparer.Ordinal);
            set.Add(word);
        }
        var flags = new List<(string, IReadOnlyList<string>)>();
        foreach (var command in CommandTable.All)
        {
            var words = command.Path.Split(' ');
            for (var i = 0; i < words.Length; i++) Add(string.Join(' ', words[..i]), words[i]);
            flags.Add((command.Path, command.FlagNames));
            foreach (var alias in command.Aliases)
            {
                Add("", alias);
                flags.Add((alias, command.FlagNames));
            }
        }
        foreach (var word in RouterWords) Add("", word);
        foreach (var shell in Shells) Add("completion", shell);
        // 'opentrain help <namespace|topic>'
        foreach (var word in children[""].Where(w => w != "help").Concat(HelpTopics.Names).ToList()) Add("help", word);
        Children = [.. children.Select(c => (c.Key, (IReadOnlyList<string>)[.. c.Value]))];
        Flags = flags;
        Values = [.. CommandTable.All.SelectMany(c => c.Options.Where(o => o.Values is not null).Select(o => ($"{c.Path} {o.Name}", o.Values!)))];
    }
}
