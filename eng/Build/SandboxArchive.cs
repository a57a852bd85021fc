namespace OpenTrain.Build;

/// <summary>
/// sandbox-archive [rid]: the API emulator as one self-contained single-file executable (no SDK or runtime needed),
/// packed as artifacts/dist/opentrain-sandbox-&lt;version&gt;-&lt;rid&gt;.tar.gz (.zip for Windows) holding opentrain-sandbox.
/// </summary>
internal static class SandboxArchive
{
    public static string Create(string rid)
    {
        var output = Paths.Of($"artifacts/sandbox/{rid}");
        Shell.Run("dotnet", ["publish", "src/OpenTrain.Sandbox/OpenTrain.Sandbox.csproj", "-c", "Release", "-r", rid, "-o", output,
            "--self-contained", "-p:PublishSingleFile=true", "-p:EnableCompressionInSingleFile=true", "-nologo", "-v:q"],
            $"publishing the emulator failed for {rid}");
        var exe = Path.Combine(output, Paths.ExeName(rid, "OpenTrain.Sandbox"));
        if (!File.Exists(exe)) throw new BuildException($"publish did not produce {exe}");
        var archive = Paths.Of($"artifacts/dist/opentrain-sandbox-{Paths.ProjectVersion}-{rid}.{Archive.Extension(rid)}");
        Archive.Write(archive, Paths.ExeName(rid, "opentrain-sandbox"), exe);
        return archive;
    }
}
