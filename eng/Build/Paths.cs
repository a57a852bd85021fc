using System.Text.RegularExpressions;

namespace OpenTrain.Build;

/// <summary>Where things are in the repository, found from this program's folder (eng/Build/bin/...).</summary>
internal static partial class Paths
{
    public static string Root { get; } = FindRoot();

    public static string Of(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The CLI binary of a RID: artifacts/&lt;rid&gt;/opentrain (opentrain.exe on Windows).</summary>
    public static string Binary(string rid) => Of($"artifacts/{rid}/{ExeName(rid, "opentrain")}");

    public static string ExeName(string rid, string name) => rid.StartsWith("win-", StringComparison.Ordinal) ? name + ".exe" : name;

    /// <summary>&lt;Version&gt; of src/OpenTrain/OpenTrain.csproj: the single version source (CLI, npm packages, archives).</summary>
    public static string ProjectVersion { get; } =
        VersionElement().Match(File.ReadAllText(Of("src/OpenTrain/OpenTrain.csproj"))).Groups[1].Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "opentrain.sln"))) return dir.FullName;
        }
        throw new BuildException($"no opentrain.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex("<Version>([^<]+)</Version>")]
    private static partial Regex VersionElement();
}
