using System.Runtime.InteropServices;

namespace OpenTrain.Http;

/// <summary><c>opentrain-cli/&lt;version&gt; (&lt;os&gt;; &lt;arch&gt;)</c>.</summary>
internal static class UserAgent
{
    public static string Value { get; } = $"opentrain-cli/{BuildInfo.Version} ({OsName}; {RuntimeInformation.OSArchitecture.ToString().ToLowerInvariant()})";

    private static string OsName =>
        OperatingSystem.IsLinux() ? "linux" : OperatingSystem.IsMacOS() ? "darwin" : OperatingSystem.IsWindows() ? "windows" : "unknown";
}
