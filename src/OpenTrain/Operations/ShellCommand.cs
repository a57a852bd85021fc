using System.Text;

namespace OpenTrain.Operations;

/// <summary>
/// A next step to suggest, declared once as a value: the command (<c>opentrain jobs publish</c>) and its
/// pieces (positional argument, flags and values). The surface renders it (<see cref="ToString"/>): the
/// CLI as a command line whose every piece is shell-quoted, so it can be pasted into a POSIX shell
/// (placeholders included); the MCP server as the tool wrapping that command and its JSON arguments
/// (<see cref="Surface"/>).
/// </summary>
internal sealed class ShellCommand(string command)
{
    /// <summary>
    /// One piece: a positional value (no flag), a flag with a value, a flag alone (no value), or a <c>--set key=value</c>
    /// (<see cref="Key"/>, and <see cref="ValueJson"/> when the value is JSON). <see cref="Quoted"/> false: a
    /// <c>&lt;placeholder&gt;</c> to replace, printed as is. <see cref="ToolValue"/>: what a tool takes instead
    /// (a token the CLI reads from standard input with <c>-</c>).
    /// </summary>
    internal sealed record Part(string? Flag, string? Value, bool Quoted = true, string? Key = null, string? ValueJson = null, string? ToolValue = null);

    private readonly List<Part> parts = [];

    /// <summary>The command path without the program name (<c>jobs publish</c>).</summary>
    public string Path { get; } = command.StartsWith("opentrain ", StringComparison.Ordinal) ? command["opentrain ".Length..] : command;

    public IReadOnlyList<Part> Parts => parts;

    public ShellCommand Arg(string? value) => Add(string.IsNullOrEmpty(value) ? null : new(null, value));

    public ShellCommand Option(string flag, string? value) => Add(string.IsNullOrEmpty(value) ? null : new(flag, value));

    /// <summary>A value the user fills in, shown as <c>&lt;name&gt;</c> (a flag's, or the positional one without <paramref name="flag"/>).</summary>
    public ShellCommand Placeholder(string? flag, string name) => Add(new(flag, $"<{name}>", Quoted: false));

    /// <summary>A secret the CLI reads from standard input (<c>--api-key -</c>); a tool takes it as the argument, shown as <c>&lt;name&gt;</c>.</summary>
    public ShellCommand FromStdin(string flag, string name) => Add(new(flag, "-", ToolValue: $"<{name}>"));

    /// <summary>A flag that takes no value, when it is on.</summary>
    public ShellCommand Flag(string flag, bool on = true) => Add(on ? new(flag, null) : null);

    /// <summary>A <c>--set key=value</c> (MCP: an entry of the <c>fields</c> object; <paramref name="json"/> its JSON value when it has one).</summary>
    public ShellCommand Set(string key, string value, string? json = null) => Add(new("--set", $"{key}={value}", Key: key, ValueJson: json));

    /// <summary>A <c>--set key=value</c> to fill in (MCP: <c>"fields": {"&lt;key&gt;": "&lt;value&gt;"}</c>).</summary>
    public ShellCommand SetPlaceholder() => Add(new("--set", "key=value", Quoted: false, Key: "<key>", ValueJson: "\"<value>\""));

    /// <summary>This command with more pieces, leaving this one as it is (a check, and the same check waiting).</summary>
    public ShellCommand With(Func<ShellCommand, ShellCommand> more)
    {
        var copy = new ShellCommand(command);
        copy.parts.AddRange(parts);
        return more(copy);
    }

    private ShellCommand Add(Part? part)
    {
        if (part is not null) parts.Add(part);
        return this;
    }

    /// <summary>As the current surface shows a command (the CLI's command line unless an MCP tool call is running).</summary>
    public override string ToString() => Surface.Current?.Invoke(this) ?? CommandLine();

    /// <summary>The command line, every piece shell-quoted.</summary>
    public string CommandLine()
    {
        var text = new StringBuilder("opentrain ").Append(Path);
        foreach (var part in parts)
        {
            if (part.Flag is { } flag) text.Append(' ').Append(flag);
            if (part.Value is { } value) text.Append(' ').Append(part.Quoted ? Quote(value) : value);
        }
        return text.ToString();
    }

    public static string Quote(string value) =>
        value.Length > 0 && value.All(IsSafe) ? value : "'" + value.Replace("'", "'\\''", StringComparison.Ordinal) + "'";

    private static bool IsSafe(char c) => char.IsAsciiLetterOrDigit(c) || "_-./:=@%+,".Contains(c, StringComparison.Ordinal);

    /// <summary>
    /// Who renders suggested commands for the code running now: null is the CLI; the MCP server sets its
    /// renderer (tool name + arguments) for the duration of each tool call.
    /// </summary>
    internal static class Surface
    {
        private static readonly AsyncLocal<Func<ShellCommand, string>?> current = new();

        public static Func<ShellCommand, string>? Current
        {
            get => current.Value;
            set => current.Value = value;
        }

        /// <summary>How prose names a parameter on the current surface (<c>--confirm-not-a-fit</c> or <c>confirmNotAFit</c>).</summary>
        /// <summary>One field set as prose (<c>--set key=value</c>, or <c>fields.key = value</c>); <paramref name="value"/> as the user types it.</summary>
        public static string Setting(string key, string value) => current.Value is null ? $"--set {key}={value}" : $"fields.{key} = {value}";

        /// <summary>What sets a job's fields, in prose: <c>--set</c>, or the <c>fields</c> argument.</summary>
        public static string SetName => current.Value is null ? "--set" : "fields";

        public static ArgumentNames Names => current.Value is null ? ArgumentNames.Flags : ArgumentNames.Tool;
    }
}
