using System.Diagnostics;
using System.Security.Cryptography;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Mcp;

/// <summary>
/// The official MCP clients the end-to-end tests drive <c>opentrain mcp</c> with: the TypeScript SDK
/// installed from npm with <c>npm ci</c> once per lockfile into a cache folder
/// (<c>${XDG_CACHE_HOME:-~/.cache}/opentrain-tests/mcp-ts-&lt;lockfile hash&gt;</c>), and the Python
/// <c>mcp</c> package when it is installed.
/// </summary>
internal static class ClientScripts
{
    private static readonly SemaphoreSlim InstallGate = new(1, 1);

    public static string SourceFolder(string name) => Path.Combine(RepoRoot, "tests", "OpenTrain.Tests", "Mcp", name);

    private static string RepoRoot { get; } = RepoPaths.Root();

    /// <summary>The folder with node_modules and the script, or null (with the reason) when Node or npm is missing.</summary>
    public static async Task<(string? Folder, string? Reason)> TypeScriptClientAsync()
    {
        if (!await Succeeds("node", "--version") || !await Succeeds("npm", "--version"))
            return (null, "node and npm are not installed: the TypeScript MCP client test needs them");
        var source = SourceFolder("ts-client");
        var hash = Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(Path.Combine(source, "package-lock.json"))))[..16];
        var cacheRoot = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg
            ? xdg
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        var folder = Path.Combine(cacheRoot, "opentrain-tests", $"mcp-ts-{hash}");
        await InstallGate.WaitAsync();
        try
        {
            if (!File.Exists(Path.Combine(folder, "node_modules", "@modelcontextprotocol", "sdk", "package.json")))
            {
                Directory.CreateDirectory(folder);
                foreach (var file in new[] { "package.json", "package-lock.json" })
                    File.Copy(Path.Combine(source, file), Path.Combine(folder, file), overwrite: true);
                var install = await RunAsync("npm", ["ci", "--no-audit", "--no-fund", "--ignore-scripts"], folder, TimeSpan.FromMinutes(5));
                if (install.ExitCode != 0) throw new InvalidOperationException($"npm ci failed in {folder}:\n{install.Stdout}{install.Stderr}");
            }
            // The script sits beside node_modules so its imports resolve; it is copied fresh every run.
            File.Copy(Path.Combine(source, "client.mjs"), Path.Combine(folder, "client.mjs"), overwrite: true);
        }
        finally
        {
            InstallGate.Release();
        }
        return (folder, null);
    }

    public static Task<bool> PythonClientAvailableAsync() => Succeeds("python3", "-c", "import mcp");

    private static async Task<bool> Succeeds(string program, params string[] args)
    {
        try
        {
            return (await RunAsync(program, args, null, TimeSpan.FromSeconds(30))).ExitCode == 0;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return false;
        }
    }

    public static async Task<(int ExitCode, string Stdout, string Stderr)> RunAsync(string program, IEnumerable<string> args, string? workingDirectory,
        TimeSpan timeout, IReadOnlyDictionary<string, string>? env = null)
    {
        var start = new ProcessStartInfo(program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Environment.CurrentDirectory,
        };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var name in new[] { "OT_API_TOKEN", "OPENTRAIN_API_TOKEN", "OT_API_BASE_URL", "OPENTRAIN_API_BASE_URL", "OPENTRAIN_PERSONAL_API_TOKEN" })
            start.Environment.Remove(name);
        if (env is not null) foreach (var (k, v) in env) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(timeout);
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', start.ArgumentList)} did not finish in {timeout.TotalSeconds:0} s:\n{await stderr}");
        }
        return (process.ExitCode, await stdout, await stderr);
    }
}
