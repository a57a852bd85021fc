using OpenTrain.Build;

// The verbs of ./build.sh and ./build.ps1 (thin wrappers that check the SDK, build this program and run it).
// Results (paths, the test line) go to stdout; progress goes to stderr.
try
{
    var verb = args.Length > 0 ? args[0] : "";
    var rest = args.Skip(1).ToArray();
    return verb switch
    {
        "" => Print(Publisher.Publish(Toolchain.HostRid)),
        "publish" when rest.Length >= 1 => Print(Publisher.Publish(rest[0], rest[1..])),
        "publish" => throw new BuildException("usage: publish <rid>"),
        "publish-all" => PublishAll.Run(rest),
        "test" => TestRunner.Run(rest),
        "clean" => Clean.Run(),
        "sync-spec" => SyncSpec.Run(),
        "size" => SizeReport.Run(rest),
        "npm-pack" => NpmPack.Run(),
        "sandbox-archive" => Print(SandboxArchive.Create(rest.Length > 0 ? rest[0] : Toolchain.HostRid)),
        "release-manifests" when rest.Length == 2 => Print(ReleaseManifests.Write(rest[0], rest[1])),
        "release-manifests" => throw new BuildException("usage: release-manifests <version> <folder with the archives and SHA256SUMS>"),
        "sandbox" or "demo" or "bench" => Shell.Bash($"eng/{verb}.sh", rest),
        "-h" or "--help" or "help" => Help(),
        _ => throw new BuildException($"unknown verb '{verb}' (try --help)"),
    };
}
catch (BuildException e)
{
    Console.Error.WriteLine($"build: {e.Message}");
    return 1;
}

static int Print(params IEnumerable<string> lines)
{
    foreach (var line in lines) Console.WriteLine(line);
    return 0;
}

static int Help() => Print(
    "Verbs (./build.sh <verb> or ./build.ps1 <verb>):",
    "  (none)                     restore + Native AOT publish for this machine into artifacts/<rid>/; prints the binary's path",
    "  publish <rid>              Native AOT publish for one runtime identifier (writes <binary>.sha256)",
    "  publish-all [rid...]       every RID this OS builds (linux-arm64 cross-compiled) and the emulator archive",
    "  test [--long]              publish (unless artifacts/<rid>/ is up to date), run every test project; ends with \"N passed, N failed\"",
    "  clean                      remove build outputs",
    "  size [--top N] [--namespace P]  what the image is made of, from the compiler's mstat file (largest assemblies, namespaces, blobs)",
    "  sync-spec                  copy ../shared/spec/api-*.md into the spec tests' data (tests/OpenTrain.Tests/TestData/spec)",
    "  npm-pack                   npm tarballs for the RIDs under artifacts/ into artifacts/npm/",
    "  sandbox-archive [rid]      the emulator as a self-contained single file: artifacts/dist/opentrain-sandbox-<version>-<rid>.tar.gz",
    "  release-manifests <v> <dir>  Homebrew formula and Scoop manifest from <dir>/SHA256SUMS",
    "  sandbox | demo | bench     see README.md");
