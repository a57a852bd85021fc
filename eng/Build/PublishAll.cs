using System.Diagnostics;

namespace OpenTrain.Build;

/// <summary>
/// publish-all [rid...]: the CLI for every RID this OS builds (linux-x64 hosts cross-compile linux-arm64 and smoke-run
/// it under qemu-user), then, when no RID is named, the emulator archive for this machine. Prints the paths.
/// </summary>
internal static class PublishAll
{
    public static int Run(string[] rids)
    {
        foreach (var rid in rids.Length > 0 ? rids : DefaultRids())
        {
            Log($"publishing {rid}");
            var clock = Stopwatch.StartNew();
            var exe = Publisher.Publish(rid);
            Log($"{rid}: {exe} ({new FileInfo(exe).Length} bytes, {clock.Elapsed.TotalSeconds:0} s)");
            if (Toolchain.CrossCompilesArm64(rid)) CrossArm64.Smoke(exe);
            Console.WriteLine(exe);
        }
        if (rids.Length == 0)
        {
            Log("publishing the emulator archive");
            Console.WriteLine(SandboxArchive.Create(Toolchain.HostRid));
        }
        return 0;
    }

    private static string[] DefaultRids() => Toolchain.HostRid switch
    {
        "linux-x64" => ["linux-x64", "linux-arm64"],
        "osx-arm64" or "osx-x64" => ["osx-arm64", "osx-x64"],
        "win-x64" or "win-arm64" => ["win-x64", "win-arm64"],
        var host => [host],
    };

    private static void Log(string message) => Console.Error.WriteLine($"publish-all: {message}");
}
