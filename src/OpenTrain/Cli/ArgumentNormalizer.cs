using OpenTrain.Toolkit;
using OpenTrain.Commands;

namespace OpenTrain.Cli;

/// <summary>
/// Bridges our argument grammar to the framework's: <c>--flag=value</c> becomes <c>--flag value</c>,
/// and global flags typed before the command words move after them.
/// </summary>
internal static class ArgumentNormalizer
{
    private static HashSet<string>? booleanFlags;

    /// <summary>Flags that take no value (every other flag takes the next argument as its value, whatever it looks like).</summary>
    public static HashSet<string> BooleanFlags => booleanFlags ??= new(
        GlobalFlags.Booleans.Concat(CommandTable.All.SelectMany(c => c.Options).Where(o => o.Kind == OptionKind.Boolean).SelectMany(o => o.Spellings)),
        StringComparer.OrdinalIgnoreCase);

    // The global flags first: '--version', '--help' and '--json' never build the command table.
    private static bool TakesNoValue(string flag) =>
        GlobalFlags.Booleans.Contains(flag, StringComparer.OrdinalIgnoreCase) || BooleanFlags.Contains(flag);

    public static string[] Normalize(IReadOnlyList<string> args)
    {
        var split = new List<string>(args.Count + 4);
        var escaped = false;
        var valueNext = false;
        foreach (var arg in args)
        {
            if (valueNext)
            {
                // The value of the previous flag, even when it looks like a flag: --content "--x=1".
                split.Add(arg);
                valueNext = false;
                continue;
            }
            if (!escaped && arg == "--") escaped = true;
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            if (!escaped && arg.StartsWith("--", StringComparison.Ordinal) && eq > 2)
            {
                split.Add(arg[..eq]);
                split.Add(arg[(eq + 1)..]);
            }
            else
            {
                split.Add(arg);
                valueNext = !escaped && arg.StartsWith('-') && arg.Length > 1 && !TakesNoValue(arg);
            }
        }
        return MoveLeadingGlobals(split);
    }

    private static string[] MoveLeadingGlobals(List<string> args)
    {
        var leading = new List<string>();
        var i = 0;
        while (i < args.Count)
        {
            if (args[i].Equals("--json", StringComparison.OrdinalIgnoreCase) || args[i].Equals("--debug", StringComparison.OrdinalIgnoreCase)) { leading.Add(args[i]); i++; }
            else if (args[i].Equals("--base-url", StringComparison.OrdinalIgnoreCase) && i + 1 < args.Count) { leading.Add(args[i]); leading.Add(args[i + 1]); i += 2; }
            else break;
        }
        if (leading.Count == 0 || i == args.Count) return [.. args];
        return [.. args.Skip(i), .. leading];
    }
}
