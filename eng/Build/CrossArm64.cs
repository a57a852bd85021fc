namespace OpenTrain.Build;

/// <summary>
/// linux-arm64 from a linux-x64 host with Debian/Ubuntu's cross packages (no downloaded toolchain), and its smoke
/// run under qemu-user. See docs/install.md ("publish-all and the linux-arm64 cross-compile").
/// </summary>
internal static class CrossArm64
{
    private static readonly string[] Packages = ["lld", "binutils-aarch64-linux-gnu", "gcc-aarch64-linux-gnu", "libc6-dev-arm64-cross", "qemu-user-static"];

    /// <summary>clang --target=aarch64 finds the cross sysroot (/usr/aarch64-linux-gnu) and gcc runtime by itself with SysRoot=/; lld links.</summary>
    public static IReadOnlyList<string> Arguments()
    {
        EnsureKit();
        return [$"-p:CppCompilerAndLinker={Toolchain.FirstOnPath(Toolchain.Clangs)}", "-p:SysRoot=/", "-p:LinkerFlavor=lld",
            "-p:ObjCopyName=aarch64-linux-gnu-objcopy"];
    }

    /// <summary>What the cross build lacks here, as Debian package names.</summary>
    private static List<string> MissingPackages()
    {
        var missing = new List<string>();
        if (Shell.Which("ld.lld") is null) missing.Add("lld");
        if (Shell.Which("aarch64-linux-gnu-objcopy") is null) missing.Add("binutils-aarch64-linux-gnu");
        var gccCross = "/usr/lib/gcc-cross/aarch64-linux-gnu";
        if (!Directory.Exists(gccCross) || !Directory.GetDirectories(gccCross).Any(d => File.Exists(Path.Combine(d, "crtbegin.o"))))
            missing.Add("gcc-aarch64-linux-gnu");
        if (!File.Exists("/usr/aarch64-linux-gnu/lib/crt1.o")) missing.Add("libc6-dev-arm64-cross");
        if (Shell.Which("qemu-aarch64-static") is null) missing.Add("qemu-user-static");
        if (Toolchain.FirstOnPath(Toolchain.Clangs) is null) missing.Add("clang");
        return missing;
    }

    private static void EnsureKit()
    {
        var missing = MissingPackages();
        if (missing.Count == 0) return;
        var list = string.Join(' ', missing);
        if (Toolchain.IsRoot && Shell.Which("apt-get") is not null)
        {
            Console.Error.WriteLine($"publish-all: installing the arm64 cross toolchain: {list}");
            Shell.Run("apt-get", ["update", "-qq"], "apt-get update failed");
            Shell.Run("apt-get", ["install", "-y", "-qq", "--no-install-recommends", .. missing], $"apt-get install failed for: {list}");
            return;
        }
        throw new BuildException($"""
            linux-arm64 cross-compilation needs these Debian/Ubuntu packages: {list}
              install them:  sudo apt-get install -y {string.Join(' ', Packages)} clang
              or build only the native binary:  ./build.sh publish-all linux-x64
            """);
    }

    /// <summary>
    /// Runs the arm64 binary under qemu-user. The interpreter and glibc both come from the cross sysroot (-L plus
    /// LD_LIBRARY_PATH=/lib inside it): mixing it with a multiarch libc hangs.
    /// </summary>
    public static void Smoke(string exe)
    {
        if (Shell.Which("qemu-aarch64-static") is null)
        {
            Console.Error.WriteLine("publish-all: qemu-aarch64-static not found: linux-arm64 binary not smoke-run");
            return;
        }
        var run = Shell.Capture("qemu-aarch64-static", ["-L", "/usr/aarch64-linux-gnu", "-E", "LD_LIBRARY_PATH=/lib", exe, "--version"], TimeSpan.FromSeconds(60));
        if (run.ExitCode != 0) throw new BuildException($"the linux-arm64 binary did not run under qemu-aarch64-static: {run.Stderr}");
        Console.Error.WriteLine($"publish-all: linux-arm64 under qemu: opentrain --version -> {run.Stdout.Trim()}");
    }
}
