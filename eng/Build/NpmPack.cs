using System.Text.Json.Nodes;

namespace OpenTrain.Build;

/// <summary>
/// npm-pack: npm tarballs into artifacts/npm/, versioned as the csproj: one @opentrain-ai/cli-&lt;os&gt;-&lt;cpu&gt; per RID
/// published under artifacts/ (package.json with os/cpu, and the binary), @opentrain-ai/cli (launcher, install
/// script, every platform package as an optional dependency) and @opentrain-ai/mcp. Templates live in npm/.
/// </summary>
internal static class NpmPack
{
    /// <summary>.NET RID → Node's process.platform and process.arch, which name the platform packages.</summary>
    private static readonly (string Rid, string Os, string Cpu)[] Platforms =
    [
        ("linux-x64", "linux", "x64"), ("linux-arm64", "linux", "arm64"), ("osx-arm64", "darwin", "arm64"),
        ("osx-x64", "darwin", "x64"), ("win-x64", "win32", "x64"), ("win-arm64", "win32", "arm64"),
    ];

    private const string Scope = "@opentrain-ai";

    public static int Run()
    {
        var version = Paths.ProjectVersion;
        var output = Paths.Of("artifacts/npm");
        var stage = Path.Combine(output, "stage");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);

        var built = Platforms.Where(p => File.Exists(Paths.Binary(p.Rid))).ToList();
        if (built.Count == 0) throw new BuildException("no binary under artifacts/<rid>/: run ./build.sh or ./build.sh publish-all first");
        var tarballs = new List<string>();
        foreach (var (rid, os, cpu) in built)
        {
            var dir = Stage("cli-platform", Path.Combine(stage, $"cli-{os}-{cpu}"), version, package =>
            {
                package["name"] = $"{Scope}/cli-{os}-{cpu}";
                package["os"] = new JsonArray(os);
                package["cpu"] = new JsonArray(cpu);
            });
            var binary = Path.Combine(dir, "bin", Path.GetFileName(Paths.Binary(rid)));
            Directory.CreateDirectory(Path.GetDirectoryName(binary)!);
            File.Copy(Paths.Binary(rid), binary);
            tarballs.Add(Pack(dir, output));
        }
        tarballs.Add(Pack(Stage("cli", Path.Combine(stage, "cli"), version, package =>
            package["optionalDependencies"] = new JsonObject(Platforms.Select(p =>
                KeyValuePair.Create($"{Scope}/cli-{p.Os}-{p.Cpu}", (JsonNode?)version)))), output));
        tarballs.Add(Pack(Stage("mcp", Path.Combine(stage, "mcp"), version, package =>
            package["dependencies"]![$"{Scope}/cli"] = version), output));

        Directory.Delete(stage, recursive: true);
        foreach (var tarball in tarballs) Console.WriteLine(tarball);
        return 0;
    }

    /// <summary>Copies npm/&lt;template&gt; to a staging folder and rewrites its package.json with the version and edits.</summary>
    private static string Stage(string template, string dir, string version, Action<JsonObject> edit)
    {
        CopyTree(Paths.Of($"npm/{template}"), dir);
        var manifest = Path.Combine(dir, "package.json");
        var package = JsonNode.Parse(File.ReadAllText(manifest))!.AsObject();
        package["version"] = version;
        edit(package);
        File.WriteAllText(manifest, JsonText.Indented(package));
        return dir;
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>npm pack (which keeps the executable bits); returns the tarball's path.</summary>
    private static string Pack(string dir, string output)
    {
        if (Shell.Which("npm") is null) throw new BuildException("npm-pack needs npm (Node.js 18 or later)");
        var packed = Shell.Capture("npm", ["pack", dir, "--pack-destination", output, "--silent"]);
        var name = packed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).LastOrDefault();
        if (packed.ExitCode != 0 || name is null) throw new BuildException($"npm pack {dir} failed: {packed.Stderr}");
        return Path.Combine(output, name);
    }
}
