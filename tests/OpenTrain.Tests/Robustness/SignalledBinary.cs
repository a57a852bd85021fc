using System.Diagnostics;
using System.Globalization;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>
/// The published binary left running (a <c>--follow</c>, a <c>--wait</c>) so a test can send it a real
/// signal: SIGINT, SIGTERM or SIGKILL by <c>kill(1)</c>, to the process id. Stdout is collected line by
/// line; every wait has a generous deadline that only guards against a hang.
/// </summary>
internal sealed class SignalledBinary : IAsyncDisposable
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(60);
    private readonly Process process;
    private readonly string[] args;
    private readonly List<string> lines = [];
    private readonly List<string> errorLines = [];
    private readonly Task pump;
    private readonly Task errorPump;

    private SignalledBinary(ProcessStartInfo start)
    {
        args = [.. start.ArgumentList];
        process = Process.Start(start)!;
        process.StandardInput.Close();
        pump = PumpAsync(process.StandardOutput, lines);
        errorPump = PumpAsync(process.StandardError, errorLines);
    }

    public static SignalledBinary Start(IEnumerable<string> args, IReadOnlyDictionary<string, string> env)
    {
        var start = new ProcessStartInfo(PublishedBinary.Path ?? throw new InvalidOperationException("OPENTRAIN_BINARY is not set"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "OT_API_TOKEN", "OPENTRAIN_API_TOKEN", "OT_API_BASE_URL", "OPENTRAIN_API_BASE_URL", "NO_COLOR" })
            start.Environment.Remove(name);
        foreach (var (k, v) in env) start.Environment[k] = v;
        return new SignalledBinary(start);
    }

    public IReadOnlyList<string> Lines
    {
        get
        {
            lock (lines) return [.. lines];
        }
    }

    /// <summary>The stderr lines printed so far.</summary>
    public IReadOnlyList<string> ErrorLines
    {
        get
        {
            lock (errorLines) return [.. errorLines];
        }
    }

    public bool HasExited => process.HasExited;

    private string Stderr => string.Concat(ErrorLines.Select(l => l + "\n"));

    private string CommandLine => "opentrain " + string.Join(' ', args);

    /// <summary>Polls until <paramref name="condition"/> holds; fails when the process exits first or the guard passes.</summary>
    public async Task UntilAsync(Func<bool> condition, string what)
    {
        var elapsed = Stopwatch.StartNew();
        while (!condition())
        {
            if (process.HasExited)
            {
                await Task.WhenAll(pump, errorPump);
                if (condition()) return;
                throw new InvalidOperationException($"{CommandLine} exited {process.ExitCode} before {what}:\n{Stderr}{string.Join('\n', Lines)}");
            }
            if (elapsed.Elapsed > HangGuard) throw new TimeoutException($"{CommandLine}: no {what} after {HangGuard.TotalSeconds:0} s");
            await Task.Delay(10);
        }
    }

    /// <summary>Sends <paramref name="signal"/> (<c>INT</c>, <c>TERM</c>, <c>KILL</c>) to the process.</summary>
    public async Task SignalAsync(string signal)
    {
        using var kill = Process.Start("kill", [$"-{signal}", process.Id.ToString(CultureInfo.InvariantCulture)])!;
        await kill.WaitForExitAsync();
    }

    /// <summary>Waits for the exit (killing the process if it overruns the guard) and returns what it printed.</summary>
    public async Task<CliResult> ExitAsync()
    {
        using var timeout = new CancellationTokenSource(HangGuard);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{CommandLine} still running after {HangGuard.TotalSeconds:0} s; stdout so far:\n{string.Join('\n', Lines)}");
        }
        await Task.WhenAll(pump, errorPump);
        var result = new CliResult(process.ExitCode, string.Concat(Lines.Select(l => l + "\n")), Stderr);
        SecretScanner.Check(args, result.AllOutput);
        return result;
    }

    private static async Task PumpAsync(StreamReader reader, List<string> into)
    {
        while (await reader.ReadLineAsync() is { } line)
        {
            lock (into) into.Add(line);
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
