namespace OpenTrain.Toolkit;

/// <summary>
/// The streams a command writes to, and what they are connected to. Commands never touch
/// <see cref="Console"/>: tests build a buffer-backed terminal and run commands in parallel.
/// </summary>
/// <param name="watchOutput">Starts watching the reader of standard output (it is given what to call when
/// the reader has gone away); null when standard output has no reader that can leave, or cannot be watched.</param>
#pragma warning disable CA1001 // outputGone has no timer and lives as long as the run: nothing to release
/// <param name="readHiddenLine">Reads one line from the terminal standard input is on without echoing it (submits on
/// Enter); null when standard input is not a terminal.</param>
internal sealed class Terminal(TextWriter output, TextWriter error, TextReader input, bool isStdoutTty, bool isStderrTty, bool noColor, Stream outputStream, int width = 80,
    Action<Action>? watchOutput = null, Func<string?>? readHiddenLine = null)
#pragma warning restore CA1001
{
    private readonly CancellationTokenSource outputGone = new();
    private int watching;

    /// <summary>Columns of the terminal standard output is on (80 when unknown).</summary>
    public int Width { get; } = width;

    /// <summary>The raw bytes behind <see cref="Out"/>, for streaming <c>--json</c> bodies.</summary>
    public Stream OutStream { get; } = outputStream;

    /// <summary>Standard output for text: control characters in data are neutralised (see <see cref="SafeTextWriter"/>).</summary>
    public SafeTextWriter Out { get; } = new(output);

    /// <summary>Standard error for text, neutralised like <see cref="Out"/>.</summary>
    public SafeTextWriter Err { get; } = new(error, isErrorStream: true);
    public TextReader In { get; } = input;
    public bool IsStdoutTty { get; } = isStdoutTty;

    /// <summary>A JSON document has begun on standard output (a failure must not add a second one).</summary>
    public bool JsonWritten { get; set; }
    public bool IsStderrTty { get; } = isStderrTty;

    /// <summary>
    /// Cancelled when the reader of standard output went away (<c>| head -n 1</c> has its line), once
    /// <see cref="WatchOutput"/> has started the watch. Every command's token is linked to it
    /// (<c>Cli/ErrorFilter</c>); what it cancels ends quietly with exit 0.
    /// </summary>
    public CancellationToken OutputGone => outputGone.Token;

    /// <summary>
    /// Ends the command as soon as the reader of standard output goes away, even while it writes
    /// nothing: called by what waits between writes (<see cref="WaitLoop"/> behind every
    /// <c>--wait</c> and <c>--follow</c>, <see cref="AllPages"/>). Never before a write request was
    /// sent: a reader that left must not cancel a write. Idempotent.
    /// </summary>
    public void WatchOutput()
    {
        if (watchOutput is null || Interlocked.Exchange(ref watching, 1) == 1) return;
        watchOutput(outputGone.Cancel);
    }

    /// <summary>Standard input is a terminal a person types on (not a pipe, a file or /dev/null).</summary>
    public bool IsStdinTty => readHiddenLine is not null;

    /// <summary>
    /// Asks on standard error and reads one line from the terminal without echoing it (a secret): Enter submits,
    /// Backspace edits. Cancellation (Ctrl-C) ends the wait at once. Only when <see cref="IsStdinTty"/>.
    /// </summary>
    public async Task<string> ReadHiddenLineAsync(string prompt, CancellationToken cancellationToken)
    {
        var read = readHiddenLine ?? throw new InvalidOperationException("standard input is not a terminal");
        Err.Write(prompt);
        // The read blocks in the console; on Ctrl-C the await ends and the process exits, which restores the terminal.
        var line = await Task.Factory.StartNew(read, CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).WaitAsync(cancellationToken);
        Err.WriteLine();
        return line ?? "";
    }

    /// <summary>Colour only on a terminal, and never when NO_COLOR is set.</summary>
    public bool ColorEnabled => IsStdoutTty && !noColor;
}
