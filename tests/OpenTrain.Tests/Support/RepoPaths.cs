namespace OpenTrain.Tests.Support;

/// <summary>Folders found by walking up from the test binary: the repository, and the product spec beside it.</summary>
internal static class RepoPaths
{
    /// <summary>The folder holding <c>opentrain.sln</c>.</summary>
    public static string Root() =>
        Up(dir => File.Exists(Path.Combine(dir, "opentrain.sln"))) ?? throw new InvalidOperationException($"no opentrain.sln above {AppContext.BaseDirectory}");

    /// <summary>
    /// The product spec beside the repository clone, <c>../shared/spec</c> (where <c>./build.sh sync-spec</c> copies
    /// from; CI and every developer machine have it), or null when there is none.
    /// </summary>
    public static string? SpecFolder() =>
        Path.GetFullPath(Path.Combine(Root(), "..", "shared", "spec")) is var spec && Directory.Exists(spec) ? spec : null;

    /// <summary>The copy of the API spec pages the spec tests read (<c>./build.sh sync-spec</c> refreshes it).</summary>
    public static string SpecTestData() => Path.Combine(Root(), "tests", "OpenTrain.Tests", "TestData", "spec");

    private static string? Up(Func<string, bool> found)
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (found(dir.FullName)) return dir.FullName;
        }
        return null;
    }
}
