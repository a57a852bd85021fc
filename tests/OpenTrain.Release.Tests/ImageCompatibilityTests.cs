using System.Text.RegularExpressions;
using OpenTrain.Release.Tests.Support;

namespace OpenTrain.Release.Tests;

/// <summary>
/// The images (Dockerfile, Dockerfile.release) put the binaries on mcr.microsoft.com/dotnet/runtime-deps:10.0-noble-chiseled,
/// and users copy the CLI onto such bases (<c>COPY --from=ghcr.io/opentrain-ai/opentrain:&lt;v&gt; /usr/local/bin/opentrain …</c>).
/// With no container engine here, check what the loader needs instead: every shared library each binary links against
/// is one that base ships, and no symbol needs a glibc newer than Ubuntu 24.04's.
/// </summary>
public partial class ImageCompatibilityTests
{
    /// <summary>
    /// The base's chisel slices (dotnet-docker src/runtime-deps/10.0/noble-chiseled): libc6_libs, libgcc-s1_libs,
    /// libssl3t64_libs, libstdc++6_libs. No zlib, no ICU.
    /// </summary>
    private static readonly string[] ChiseledLibraries =
    [
        "libc.so.6", "libm.so.6", "libdl.so.2", "librt.so.1", "libpthread.so.0", "ld-linux-x86-64.so.2", "ld-linux-aarch64.so.1",
        "libgcc_s.so.1", "libstdc++.so.6", "libssl.so.3", "libcrypto.so.3",
    ];

    private static readonly Version NobleGlibc = new(2, 39);

    [Test]
    [Arguments("artifacts/linux-x64/opentrain")]
    [Arguments("artifacts/linux-arm64/opentrain")]
    [Arguments("artifacts/sandbox/linux-x64/OpenTrain.Sandbox")]
    public async Task Binary_needs_only_what_the_chiseled_base_provides(string relative)
    {
        var binary = Repo.PathOf(relative);
        if (!File.Exists(binary)) Skip.Test($"{relative} not found: run ./build.sh publish-all");
        if (ProcessRunner.Find("readelf") is null) Skip.Test("readelf not found (apt-get install binutils)");

        var dynamic = await ProcessRunner.RunAsync("readelf", ["--dynamic", "--wide", binary]);
        var versions = await ProcessRunner.RunAsync("readelf", ["--version-info", "--wide", binary]);

        await Assert.That(dynamic.ExitCode).IsEqualTo(0).Because(dynamic.ToString());
        var needed = Needed().Matches(dynamic.Stdout).Select(m => m.Groups[1].Value).ToList();
        await Assert.That(needed).Contains("libc.so.6");
        await Assert.That(needed.Except(ChiseledLibraries)).IsEmpty().Because($"{relative} needs {string.Join(", ", needed)}");
        var newestGlibc = GlibcVersion().Matches(versions.Stdout).Select(m => Version.Parse(m.Groups[1].Value)).Max();
        await Assert.That(newestGlibc).IsNotNull();
        await Assert.That(newestGlibc! <= NobleGlibc).IsTrue().Because($"{relative} needs GLIBC_{newestGlibc}; noble has {NobleGlibc}");
    }

    [GeneratedRegex(@"\(NEEDED\)\s+Shared library: \[([^\]]+)\]")]
    private static partial Regex Needed();

    [GeneratedRegex(@"GLIBC_(\d+\.\d+(?:\.\d+)?)")]
    private static partial Regex GlibcVersion();
}
