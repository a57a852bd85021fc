namespace OpenTrain.Release.Tests.Support;

/// <summary>The build program behind build.sh and build.ps1 (eng/Build), as the wrappers leave it built.</summary>
internal static class BuildTool
{
    public static string Dll => Repo.PathOf("eng/Build/bin/Release/net10.0/Build.dll");

    public static string Dotnet => ProcessRunner.Find(OperatingSystem.IsWindows() ? "dotnet.exe" : "dotnet")
        ?? throw new InvalidOperationException("dotnet not on PATH");

    /// <summary>Runs a verb (./build.sh &lt;verb&gt; without the wrapper's SDK check).</summary>
    public static Task<ProcessResult> RunAsync(IEnumerable<string> args, IReadOnlyDictionary<string, string>? env = null)
    {
        if (!File.Exists(Dll)) throw new InvalidOperationException($"{Dll} not found: run ./build.sh test (or ./build.ps1 test), which builds it");
        return ProcessRunner.RunAsync(Dotnet, [Dll, .. args], env);
    }
}
