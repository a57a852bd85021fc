using System.Diagnostics;
using System.Globalization;

namespace OpenTrain.Tests.Support;

/// <summary>
/// A published binary left running while the test plays the human (a <c>--wait</c>) or watches a
/// stream (<c>--follow</c>). Stdout is collected line by line as it arrives. Every wait has a
/// generous deadline, so a hang fails the test instead of blocking it; disposing kills a leftover.
/// </summary>
internal sealed class RunningBinary : IAsyncDisposable
{
    private static readonly TimeSpan DefaultDeadline = TimeSpan.FromSeconds(90);
    private readonly Process process;
    private readonly string[] args;
    private readonly List<string> lines = [];
    private readonly Task pump;
    private readonly Task<string> stderr;

    public RunningBinary(ProcessStartInfo start)
    {
        args = [.. start.ArgumentList];
        process = Process.Start(start)!;
        process.StandardInput.Close();
        pump = PumpAsync();
        stderr = process.StandardError.ReadToEndAsync();
    }

    /// <summary>The stdout lines printed so far.</summary>
    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines) return [.. lines];
        }
    }

    private string CommandLine => "opentrain " + string.Join(' ', args);

    /// <summary>Polls until <paramref name="condition"/> holds; fails when the process exits first or the deadline passes.</summary>
    public async Task UntilAsync(Func<bool> condition, string what, TimeSpan? deadline = null)
    {
        var elapsed = Stopwatch.StartNew();
        while (!condition())
        {
            if (process.HasExited)
            {
                await pump;
                if (condition()) return;
                throw new InvalidOperationException($"{CommandLine} exited {process.ExitCode} before {what}:\n{await stderr}{string.Join('\n', Lines)}");
            }
            if (elapsed.Elapsed > (deadline ?? DefaultDeadline))
                throw new TimeoutException($"{CommandLine}: no {what} after {elapsed.Elapsed.TotalSeconds:0} s; stdout so far:\n{string.Join('\n', Lines)}");
            await Task.Delay(50);
        }
    }

    /// <summary>Ctrl-C: SIGINT to the process.</summary>
    public async Task InterruptAsync()
    {
        using var kill = Process.Start("kill", ["-INT", process.Id.ToString(CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }

    /// <summary>
    /// Waits for the exit (killing the process if it overruns the deadline) and returns everything it
    /// printed; fails the test unless it exited with <paramref name="expectedExit"/>.
    /// </summary>
    public async Task<CliResult> ExitAsync(int expectedExit, TimeSpan? deadline = null)
    {
        using var timeout = new CancellationTokenSource(deadline ?? DefaultDeadline);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{CommandLine} still running after {(deadline ?? DefaultDeadline).TotalSeconds:0} s; stdout so far:\n{string.Join('\n', Lines)}");
        }
        await pump;
        var result = new CliResult(process.ExitCode, string.Concat(Lines.Select(l => l + "\n")), await stderr);
        SecretScanner.Check(args, result.AllOutput);
        if (result.ExitCode != expectedExit)
            throw new InvalidOperationException($"{CommandLine} exited {result.ExitCode}, expected {expectedExit}:\n{result.Stderr}{result.Stdout}");
        return result;
    }

    private async Task PumpAsync()
    {
        while (await process.StandardOutput.ReadLineAsync() is { } line)
        {
            lock (lines) lines.Add(line);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
        process.Dispose();
    }
}
