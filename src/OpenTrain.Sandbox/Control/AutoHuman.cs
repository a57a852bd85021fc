namespace OpenTrain.Sandbox.Control;

/// <summary>Auto mode: every 100 ms, acts as the human on anything older than the configured delay.</summary>
public static class AutoHuman
{
    public static async Task RunAsync(SandboxControl control, CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromMilliseconds(100));
        try
        {
            while (await timer.WaitForNextTickAsync(cancellationToken)) control.RunAutoHumanPass();
        }
        catch (OperationCanceledException)
        {
        }
    }
}
