namespace OpenTrain.Toolkit;

/// <summary>A one-line "still waiting" indicator on stderr, only when stderr is a terminal.</summary>
internal sealed class WaitProgress(Terminal terminal, TimeProvider time) : IDisposable
{
    private readonly DateTimeOffset started = time.GetUtcNow();
    private bool shown;
    private int width;

    public void Show(string what)
    {
        if (!terminal.IsStderrTty) return;
        var elapsed = time.GetUtcNow() - started;
        var line = $"{what}… {(int)elapsed.TotalMinutes}:{elapsed.Seconds:00} elapsed (Ctrl-C to stop) ";
        terminal.Err.WriteControl("\r");
        terminal.Err.Write(line);
        (shown, width) = (true, line.Length);
    }

    /// <summary>Blanks the line (spaces, so a dumb terminal clears too) and leaves the cursor at its start for what comes next.</summary>
    public void Clear()
    {
        if (!shown) return;
        terminal.Err.WriteControl("\r");
        terminal.Err.Write(new string(' ', width));
        terminal.Err.WriteControl("\r");
        shown = false;
    }

    public void Done()
    {
        if (!shown) return;
        terminal.Err.WriteLine();
        shown = false;
    }

    public void Dispose() => Done();
}
