namespace OpenTrain.Release.Tests.Support;

/// <summary>PowerShell 7 from the repo's local tool manifest (<c>dotnet tool restore</c>, then <c>dotnet pwsh</c>).</summary>
internal static class Pwsh
{
    private static readonly Lazy<Task<bool>> Available = new(async () =>
    {
        try
        {
            var probe = await ProcessRunner.RunAsync("dotnet", ["pwsh", "-NoProfile", "-NonInteractive", "-Command", "exit 0"], timeout: TimeSpan.FromSeconds(60));
            return probe.ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    });

    public static async Task SkipUnlessAvailableAsync()
    {
        if (!await Available.Value) Skip.Test("PowerShell is not restored: run 'dotnet tool restore' (the manifest pins 7.6.9)");
    }

    public static Task<ProcessResult> RunFileAsync(string script, IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null) =>
        ProcessRunner.RunAsync("dotnet", ["pwsh", "-NoProfile", "-NonInteractive", "-File", script, .. args], env);

    public static Task<ProcessResult> RunCommandAsync(string command, IReadOnlyDictionary<string, string>? env = null) =>
        ProcessRunner.RunAsync("dotnet", ["pwsh", "-NoProfile", "-NonInteractive", "-Command", command], env);
}
