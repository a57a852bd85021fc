
namespace OpenTrain.Toolkit;

/// <summary>Where a command sits in the root help: the marketplace workflow, in order.</summary>
internal enum CommandGroup { Onboarding, Jobs, Hiring, Money, Events, Admin }

/// <summary>
/// One command, as its method declares it: path, help group, summary (the XML doc's), example, the
/// endpoint it wraps, its positional arguments and its flags. Generated into <c>CommandTable.All</c>.
/// </summary>
internal sealed record CommandInfo(string Path, CommandGroup Group, string Summary, string Example)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>The command calls whatever endpoint the user names (<c>api</c>): no one requirement applies.</summary>
    public bool AnyEndpoint { get; init; }

    /// <summary>The API endpoint the command wraps and what it takes to call it; null when it sends no request.</summary>
    public Endpoint? Endpoint { get; init; }

    /// <summary>What <c>--json</c> prints, when it is not the API response as received.</summary>
    public string? JsonHelp { get; init; }

    public IReadOnlyList<CommandArgument> Arguments { get; init; } = [];

    /// <summary>The command's own flags, in the method's parameter order (the global ones are <see cref="GlobalFlags"/>).</summary>
    public IReadOnlyList<CommandOption> Options { get; init; } = [];

    /// <summary>The names help shows for the command's own flags.</summary>
    public IReadOnlyList<string> FlagNames => [.. Options.Select(o => o.Name)];

    public CommandOption? Option(string flag) =>
        Options.FirstOrDefault(o => o.Name == flag || o.Aliases.Contains(flag) || o.HiddenSpellings.Contains(flag));
}

/// <summary>A positional argument: the parameter's name (kebab-case) and its doc.</summary>
internal sealed record CommandArgument(string Name, string Description);

/// <summary>How a flag takes values.</summary>
internal enum OptionKind { Boolean, Value, Repeated }

/// <summary>
/// A flag: the name help shows, the other documented spellings (shown before it), its kind and doc;
/// whether the command refuses to run without it, and the values it accepts.
/// </summary>
internal sealed record CommandOption(string Name, IReadOnlyList<string> Aliases, OptionKind Kind, string Description)
{
    /// <summary>Spellings the framework also accepts that help does not show (it derives --confirm-nota-fit from confirmNotAFit).</summary>
    public IReadOnlyList<string> HiddenSpellings { get; init; } = [];

    public bool Required { get; init; }

    public IReadOnlyList<string>? Values { get; init; }

    public IEnumerable<string> Spellings => [.. Aliases, Name, .. HiddenSpellings];
}
