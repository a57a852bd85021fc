namespace OpenTrain.Toolkit;

/// <summary>
/// Every value of a repeatable flag (<c>--event a --event b,c</c>). The framework keeps only the last
/// copy of a scalar option, and its array binding breaks under Native AOT, so we read the arguments.
/// </summary>
internal static class RepeatedOption
{
    public static IReadOnlyList<string> Collect(ConsoleAppContext context, string flag)
    {
        var args = context.InternalCommandArgs.Span;
        var values = new List<string>();
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--") break;
            if (!args[i].Equals(flag, StringComparison.OrdinalIgnoreCase)) continue;
            if (i + 1 >= args.Length) throw new UsageException($"{flag} needs a value");
            foreach (var part in args[++i].Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
                values.Add(part);
        }
        return values;
    }
}
