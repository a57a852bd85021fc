using System.Runtime.InteropServices;

namespace OpenTrain.Http;

/// <summary><c>opentrain-cli/&lt;version&gt; (&lt;os&gt;; &lt;arch&gt;)</c>.</summary>
internal static class UserAgent
{
    public static string Value { get; } = $"opentrain-cli/{BuildInfo.Version} ({OsName}; {ArchitectureName})";

    /// <summary>
    /// The architecture's name in lower case, spelled out: Enum.ToString would initialise the runtime's reflection
    /// metadata on every request (docs/performance.md).
    /// </summary>
    private static string ArchitectureName => RuntimeInformation.OSArchitecture switch
    {
        Architecture.X64 => "x64",
        Architecture.Arm64 => "arm64",
        Architecture.X86 => "x86",
        Architecture.Arm => "arm",
        Architecture.Wasm => "wasm",
        Architecture.S390x => "s390x",
        Architecture.LoongArch64 => "loongarch64",
        Architecture.Armv6 => "armv6",
        Architecture.Ppc64le => "ppc64le",
        Architecture.RiscV64 => "riscv64",
        _ => "unknown",
    };

    private static string OsName =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows" : "unknown";
}
