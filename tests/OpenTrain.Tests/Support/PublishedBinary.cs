using System.Diagnostics;

namespace OpenTrain.Tests.Support;

/// <summary>Runs the Native AOT binary that ./build.sh test publishes (OPENTRAIN_BINARY).</summary>
internal static class PublishedBinary
{
    public static string? Path
    {
        get
        {
            var path = Environment.GetEnvironmentVariable("OPENTRAIN_BINARY");
            return !string.IsNullOrEmpty(path) && File.Exists(path) ? path : null;
        }
    }

    public static async Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null, string? stdin = null, TimeSpan? timeout = null)
    {
        var start = StartInfo(args, env);
        using var process = Process.Start(start)!;
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cts.Token);
        var result = new CliResult(process.ExitCode, await stdout, await stderr);
        SecretScanner.Check([.. start.ArgumentList], result.AllOutput);
        return result;
    }

    /// <summary>Starts the binary and leaves it running (a <c>--wait</c>, a <c>--follow</c>); stdin is closed.</summary>
    public static RunningBinary Start(IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null) => new(StartInfo(args, env));

    /// <summary>The binary with these arguments and this environment (the ambient token and base URL removed), stdio redirected.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> args, IReadOnlyDictionary<string, string>? env)
    {
        var start = new ProcessStartInfo(Path ?? throw new InvalidOperationException("OPENTRAIN_BINARY is not set"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "OT_API_TOKEN", "OPENTRAIN_API_TOKEN", "OT_API_BASE_URL", "OPENTRAIN_API_BASE_URL", "NO_COLOR" })
            start.Environment.Remove(name);
        if (env is not null) foreach (var (k, v) in env) start.Environment[k] = v;
        return start;
    }
}
