using System.Text.RegularExpressions;

namespace OpenTrain.Release.Tests.Support;

/// <summary>Paths in the repository under test, found from the test binary's folder.</summary>
internal static partial class Repo
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(string relative) => Path.Combine(Root, relative.Replace('/', Path.DirectorySeparatorChar));

    /// <summary>The file as text with \n line ends (a Windows checkout may have turned them into \r\n).</summary>
    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative)).Replace("\r\n", "\n");

    /// <summary>The version in src/OpenTrain/OpenTrain.csproj, the single version source.</summary>
    public static string ProjectVersion { get; } =
        VersionElement().Match(ReadText("src/OpenTrain/OpenTrain.csproj")).Groups[1].Value;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "opentrain.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException($"no opentrain.sln above {AppContext.BaseDirectory}");
    }

    [GeneratedRegex("<Version>([^<]+)</Version>")]
    private static partial Regex VersionElement();
}
