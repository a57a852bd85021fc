namespace OpenTrain.Build;

/// <summary>Native AOT publish of the CLI for one RID into artifacts/&lt;rid&gt;/, with &lt;binary&gt;.sha256 beside it.</summary>
internal static class Publisher
{
    public static string Publish(string rid, IEnumerable<string>? extra = null)
    {
        var output = Paths.Of($"artifacts/{rid}");
        Shell.Run("dotnet", ["publish", "src/OpenTrain/OpenTrain.csproj", "-c", "Release", "-r", rid, "-o", output, "-nologo", "-v:q",
            .. Toolchain.LinkerArguments(rid), .. extra ?? []], $"publish failed for {rid}");
        var exe = Paths.Binary(rid);
        if (!File.Exists(exe)) throw new BuildException($"publish did not produce {exe}");
        // Keep the checksum beside the binary true after every publish (publish-all and releases use it).
        File.WriteAllText(exe + ".sha256", $"{Toolchain.Sha256(exe)}  {Path.GetFileName(exe)}\n");
        return exe;
    }

    private static readonly string[] BuildSettings = ["Directory.Build.props", "Directory.Packages.props", "global.json"];

    /// <summary>
    /// The host binary when it is newer than every source it is built from (so a binary published by publish-all is
    /// reused), else null.
    /// </summary>
    public static string? UpToDateHostBinary()
    {
        var exe = Environment.GetEnvironmentVariable("OPENTRAIN_BINARY") is { Length: > 0 } given ? given : Paths.Binary(Toolchain.HostRid);
        if (!File.Exists(exe)) return null;
        var built = File.GetLastWriteTimeUtc(exe);
        var inputs = Directory.EnumerateFiles(Paths.Of("src"), "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}", StringComparison.Ordinal)
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .Concat(BuildSettings.Select(Paths.Of));
        return inputs.All(f => File.GetLastWriteTimeUtc(f) <= built) ? exe : null;
    }
}
