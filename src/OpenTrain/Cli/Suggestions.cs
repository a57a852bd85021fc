using OpenTrain.Toolkit;
using OpenTrain.Commands;

namespace OpenTrain.Cli;

/// <summary>
/// "Did you mean": the known commands or flags closest to what was typed, by optimal string
/// alignment distance (a typo, a missing or swapped letter), prefix (<c>--job</c> → <c>--job-id</c>)
/// or trailing words (<c>logout</c> → <c>auth logout</c>).
/// </summary>
internal static class Suggestions
{
    private const int Max = 3;

    /// <summary>The score of a prefix or trailing-words match: after any typo within the distance limit.</summary>
    private const int Partial = 4;

    /// <summary>Verbs other CLIs use, and the ones our commands use for the same thing (<c>tokens rm</c> → <c>tokens revoke</c>).</summary>
    private static readonly (string[] Typed, string[] Ours)[] Synonyms =
    [
        (["rm", "remove", "del", "delete", "destroy"], ["delete", "revoke"]),
        (["ls"], ["list"]),
        (["show", "view", "info", "describe", "cat"], ["get", "show"]),
        (["new", "add", "make", "mk"], ["create"]),
        (["edit", "set", "modify"], ["update"]),
        (["find"], ["search"]),
    ];

    /// <summary>Root words the router answers itself.</summary>
    private static readonly string[] RouterWords = ["completion", "help", "mcp", "version"];

    /// <summary>Commands, namespaces and groups closest to the typed words (extra words may be arguments).</summary>
    public static IReadOnlyList<string> Commands(IReadOnlyList<string> typedWords)
    {
        var names = CommandTable.All.SelectMany(c => c.Aliases.Prepend(c.Path))
            .SelectMany(Prefixes).Concat(RouterWords).Distinct(StringComparer.Ordinal);
        var scored = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            var count = name.Split(' ').Length;
            int? score = count <= typedWords.Count
                ? Score(string.Join(' ', typedWords.Take(count)), name)
                : name.EndsWith(" " + string.Join(' ', typedWords), StringComparison.Ordinal) ? Partial : null;
            if (score is { } s) scored.TryAdd(name, s);
        }
        foreach (var name in SameVerb(typedWords, names)) scored[name] = 1;
        // A longer match says more than the namespace it starts with: 'jobs list' over 'jobs'.
        var ranked = new Ranked(Max);
        foreach (var name in scored.Keys)
        {
            var longer = false;
            foreach (var other in scored.Keys) longer |= other.StartsWith(name + " ", StringComparison.Ordinal);
            if (!longer) ranked.Add(name, scored[name]);
        }
        return ranked.Names;
    }

    /// <summary>The namespace's command whose verb means what the typed one does in other CLIs (a close match, score 1).</summary>
    private static IEnumerable<string> SameVerb(IReadOnlyList<string> typedWords, IEnumerable<string> names)
    {
        if (typedWords.Count < 2) yield break;
        var known = names.ToHashSet(StringComparer.Ordinal);
        for (var n = 1; n < typedWords.Count; n++)
        {
            var prefix = string.Join(' ', typedWords.Take(n));
            var verb = typedWords[n].ToLowerInvariant();
            foreach (var (typed, ours) in Synonyms)
            {
                if (!typed.Contains(verb)) continue;
                foreach (var candidate in ours.Select(v => $"{prefix} {v}").Where(c => c != $"{prefix} {verb}" && known.Contains(c)))
                    yield return candidate;
            }
        }
    }

    /// <summary>The command's flags (and the global ones) closest to an unknown flag.</summary>
    public static IReadOnlyList<string> Flags(CommandInfo? command, string typed)
    {
        var ranked = new Ranked(Max);
        foreach (var flag in (command is null ? [] : command.FlagNames).Concat(GlobalFlags.Names))
        {
            if (Score(typed, flag) is { } score) ranked.Add(flag, score);
        }
        return ranked.Names;
    }

    private static IEnumerable<string> Prefixes(string path)
    {
        var words = path.Split(' ');
        for (var n = 1; n <= words.Length; n++) yield return string.Join(' ', words.Take(n));
    }

    /// <summary>Lower is closer; null when not close at all.</summary>
    private static int? Score(string typed, string known)
    {
        if (typed.Length == 0 || typed == known) return null;
        var distance = Spelling.Distance(typed, known);
        if (distance <= Math.Max(1, Math.Min(3, typed.Length / 3))) return distance;
        var bare = typed.TrimStart('-');
        return bare.Length >= 3 && known.StartsWith(typed, StringComparison.OrdinalIgnoreCase) ? Partial : null;
    }
}
