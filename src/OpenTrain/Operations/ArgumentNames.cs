namespace OpenTrain.Operations;

/// <summary>
/// How one surface names an operation's parameters in its error messages. A validator next to an
/// operation's <c>Operation(...)</c> factory checks plain values and names each parameter by its
/// logical name, the command method's parameter name (<c>amountUsd</c>); the caller passes its names:
/// the CLI its flags (<see cref="Flags"/>: <c>--amount-usd</c>), an MCP tool its arguments
/// (<see cref="Tool"/>: <c>amountUsd</c>, or <c>milestone.amount</c> through <see cref="With"/>).
/// The message is then written once, in the caller's terms.
/// </summary>
internal sealed class ArgumentNames
{
    private readonly Func<string, string> convention;
    private readonly Dictionary<string, string> exceptions;

    private ArgumentNames(Func<string, string> convention, Dictionary<string, string> exceptions)
    {
        this.convention = convention;
        this.exceptions = exceptions;
    }

    /// <summary>The CLI: the flag ConsoleAppFramework derives from the parameter (<c>dueDate</c> → <c>--due-date</c>).</summary>
    public static ArgumentNames Flags { get; } = new(
        parameter => KebabFlag(parameter), []);

    /// <summary>An MCP tool: its argument of the same name (<c>dueDate</c>).</summary>
    public static ArgumentNames Tool { get; } = new(parameter => parameter, []);

    /// <summary>These names with some parameters named otherwise (<c>("amount", "milestone.amount")</c>).</summary>
    public ArgumentNames With(params (string Parameter, string Name)[] names)
    {
        var all = new Dictionary<string, string>(exceptions);
        foreach (var (parameter, name) in names) all[parameter] = name;
        return new(convention, all);
    }

    public string this[string parameter] => exceptions.GetValueOrDefault(parameter) ?? convention(parameter);

    private static string KebabFlag(string parameter)
    {
        var flag = new System.Text.StringBuilder("--", parameter.Length + 4);
        foreach (var c in parameter)
        {
            if (char.IsUpper(c)) flag.Append('-').Append(char.ToLowerInvariant(c));
            else flag.Append(c);
        }
        return flag.ToString();
    }
}
