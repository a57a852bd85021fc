using System.Diagnostics;

namespace OpenTrain.Browser.Tests.Support;

public sealed record CliResult(int ExitCode, string Stdout, string Stderr);

/// <summary>Runs the Native AOT binary that ./build.sh test publishes (<c>OPENTRAIN_BINARY</c>) with a private environment.</summary>
public static class Cli
{
    public static string? BinaryPath =>
        Environment.GetEnvironmentVariable("OPENTRAIN_BINARY") is { Length: > 0 } path && File.Exists(path) ? path : null;

    public static async Task<CliResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string> env, TimeSpan? timeout = null)
    {
        var start = new ProcessStartInfo(BinaryPath ?? throw new InvalidOperationException("OPENTRAIN_BINARY is not set"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "OT_API_TOKEN", "OPENTRAIN_API_TOKEN", "OT_API_BASE_URL", "OPENTRAIN_API_BASE_URL" })
            start.Environment.Remove(name);
        start.Environment["NO_COLOR"] = "1";
        foreach (var (k, v) in env) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(cts.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }
}
