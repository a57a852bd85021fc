using OpenTrain.Toolkit;

namespace OpenTrain.Cli;

/// <summary>
/// The command's required flags that argv does not give, checked before the command runs so a user
/// missing several learns them all at once (one missing flag is left to the command's own message).
/// </summary>
internal static class RequiredFlags
{
    public static UsageException? Missing(CommandInfo command, IReadOnlyList<string> args)
    {
        var given = args.TakeWhile(a => a != "--").Where(a => a.StartsWith('-')).ToHashSet(StringComparer.Ordinal);
        var missing = command.Options.Where(o => o.Required && !o.Spellings.Any(given.Contains)).Select(o => o.Name).ToList();
        return missing.Count < 2 ? null : new UsageException($"{string.Join(", ", missing[..^1])} and {missing[^1]} are required");
    }
}
