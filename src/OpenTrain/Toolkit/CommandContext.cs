namespace OpenTrain.Toolkit;

/// <summary>
/// Everything a command depends on (terminal, environment, clock, HTTP transport), in the role of
/// gh's Factory. Program builds the real one; tests build one over buffers and a stub server.
/// The current run's context flows through an <see cref="AsyncLocal{T}"/> so that many runs can
/// share one process (the framework's sinks are static).
/// </summary>
internal sealed partial class CommandContext
{
    private static readonly AsyncLocal<CommandContext?> CurrentRun = new();

    public CommandContext(Terminal terminal, Func<string, string?> environment, TimeProvider? time = null)
    {
        Terminal = terminal;
        Environment = environment;
        Time = time ?? TimeProvider.System;
        LogWriter = terminal.Out;
    }

    public static CommandContext Current =>
        CurrentRun.Value ?? throw new InvalidOperationException("No command is running.");

    public static void SetCurrent(CommandContext? context) => CurrentRun.Value = context;

    public Terminal Terminal { get; }

    /// <summary>Reads an environment variable; empty counts as unset.</summary>
    public Func<string, string?> Environment { get; }

    public TimeProvider Time { get; }

    /// <summary>Where the framework's own output (help, version) goes; the router redirects it to capture help.</summary>
    public TextWriter LogWriter { get; set; }

    public GlobalOptions Global { get; set; } = GlobalOptions.None;

    /// <summary>argv asked for <c>--json</c>: known before the framework parses anything, for failures it reports.</summary>
    public bool JsonRequested { get; set; }

    /// <summary>The command being run, once the router has matched one.</summary>
    public CommandInfo? Command { get; set; }

    public int ExitCode { get; set; }

    public string? GetEnv(string name)
    {
        var value = Environment(name);
        return string.IsNullOrEmpty(value) ? null : value;
    }
}
