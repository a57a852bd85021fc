using System.Runtime.InteropServices;
using System.Security.Cryptography;

namespace OpenTrain.Build;

/// <summary>The host's runtime identifier and the native linker settings Native AOT needs for a RID.</summary>
internal static class Toolchain
{
    public static string HostRid
    {
        get
        {
            var os = OperatingSystem.IsWindows() ? "win" : OperatingSystem.IsMacOS() ? "osx" : OperatingSystem.IsLinux() ? "linux"
                : throw new BuildException($"unsupported host {RuntimeInformation.OSDescription}");
            return RuntimeInformation.OSArchitecture switch
            {
                Architecture.X64 => $"{os}-x64",
                Architecture.Arm64 => $"{os}-arm64",
                var other => throw new BuildException($"unsupported host CPU {other}"),
            };
        }
    }

    public static bool CrossCompilesArm64(string rid) =>
        rid == "linux-arm64" && OperatingSystem.IsLinux() && RuntimeInformation.OSArchitecture == Architecture.X64;

    /// <summary>MSBuild properties that pick the C compiler/linker for a Native AOT publish of this RID.</summary>
    public static IReadOnlyList<string> LinkerArguments(string rid)
    {
        if (CrossCompilesArm64(rid)) return CrossArm64.Arguments();
        if (OperatingSystem.IsWindows())
        {
            var vswhere = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.ProgramFilesX86), "Microsoft Visual Studio", "Installer", "vswhere.exe");
            if (!File.Exists(vswhere))
                throw new BuildException("Native AOT needs Visual Studio 2022 with \"Desktop development with C++\" (winget install Microsoft.VisualStudio.2022.BuildTools).");
            return [];
        }
        if (OperatingSystem.IsMacOS())
        {
            if (Shell.Capture("xcrun", ["--find", "clang"]).ExitCode != 0)
                throw new BuildException("Native AOT needs the Xcode command-line tools: run 'xcode-select --install'");
            return ["-p:CppCompilerAndLinker=clang"];
        }
        var compiler = FirstOnPath([.. Clangs, "gcc"]) ?? throw new BuildException("""
            Native AOT needs a C toolchain (clang or gcc) and a linker, and none was found.
              Debian/Ubuntu: sudo apt-get install -y clang zlib1g-dev
              Fedora/RHEL:   sudo dnf install -y clang zlib-devel
              macOS:         xcode-select --install
              Windows:       install Visual Studio 2022 with "Desktop development with C++"
            """);
        return [$"-p:CppCompilerAndLinker={compiler}"];
    }

    public static readonly string[] Clangs = ["clang", "clang-19", "clang-18", "clang-17", "clang-16", "clang-15", "clang-14"];

    public static string? FirstOnPath(IEnumerable<string> programs) => programs.FirstOrDefault(p => Shell.Which(p) is not null);

    public static string Sha256(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    public static bool IsRoot => !OperatingSystem.IsWindows() && Environment.UserName == "root";
}
