using System.Diagnostics;

namespace OpenTrain.Tests.Support;

/// <summary>Runs a shell (bash, zsh, fish, pwsh) over a script file, when it is installed.</summary>
internal static class ShellProcess
{
    public static bool IsInstalled(string shell) =>
        (Environment.GetEnvironmentVariable("PATH") ?? "").Split(':').Any(dir => File.Exists(Path.Combine(dir, shell)));

    public static async Task<CliResult> RunAsync(string file, params string[] args)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(timeout.Token);
        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>The script in a temporary file (deleted with the returned handle).</summary>
    public static TempScript Write(string text, string extension) => new(text, extension);
}

internal sealed class TempScript : IDisposable
{
    public TempScript(string text, string extension)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"opentrain-completion-{Guid.NewGuid():N}{extension}");
        File.WriteAllText(Path, text);
    }

    public string Path { get; }

    public void Dispose() => File.Delete(Path);
}
