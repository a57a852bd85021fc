namespace OpenTrain.Toolkit;

/// <summary>A one-line "still waiting" indicator on stderr, only when stderr is a terminal.</summary>
internal sealed class WaitProgress(Terminal terminal, TimeProvider time) : IDisposable
{
    private readonly DateTimeOffset started = time.GetUtcNow();
    private bool shown;

    public void Show(string what)
    {
        if (!terminal.IsStderrTty) return;
        var elapsed = time.GetUtcNow() - started;
        terminal.Err.WriteControl("\r");
        terminal.Err.Write($"{what}… {(int)elapsed.TotalMinutes}:{elapsed.Seconds:00} elapsed (Ctrl-C to stop) ");
        shown = true;
    }

    public void Done()
    {
        if (!shown) return;
        terminal.Err.WriteLine();
        shown = false;
    }

    public void Dispose() => Done();
}
