using System.Diagnostics;

namespace OpenTrain.Release.Tests.Support;

internal sealed record ProcessResult(int ExitCode, string Stdout, string Stderr)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Stdout}\n--- stderr ---\n{Stderr}";
}

/// <summary>Runs a program to completion with captured output; kills it (and fails) after the timeout.</summary>
internal static class ProcessRunner
{
    /// <summary>Variables the scripts under test read: never inherited from the developer's shell.</summary>
    private static readonly string[] Cleared =
        ["OPENTRAIN_VERSION", "OPENTRAIN_INSTALL_DIR", "OPENTRAIN_INSTALL_BASE_URL", "OT_API_TOKEN", "OPENTRAIN_API_TOKEN", "OT_API_BASE_URL", "OPENTRAIN_API_BASE_URL"];

    public static async Task<ProcessResult> RunAsync(string file, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null,
        string? workingDirectory = null, TimeSpan? timeout = null, string? stdin = null)
    {
        var start = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Repo.Root,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in Cleared) start.Environment.Remove(name);
        if (env is not null) foreach (var (name, value) in env) start.Environment[name] = value;

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        if (stdin is not null) await process.StandardInput.WriteAsync(stdin);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(120));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} {string.Join(' ', start.ArgumentList)} did not finish in {timeout ?? TimeSpan.FromSeconds(120)}");
        }
        return new ProcessResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The full path of a program on PATH, or null.</summary>
    public static string? Find(string program)
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }
}
