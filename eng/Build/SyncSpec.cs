namespace OpenTrain.Build;

/// <summary>
/// sync-spec: copies the API spec pages (<c>../shared/spec/api-*.md</c>) into the test data the spec tests
/// read (<c>tests/OpenTrain.Tests/TestData/spec</c>), so they never skip on a machine without <c>shared/</c>;
/// a test fails when the copy and the spec beside the clone differ.
/// </summary>
internal static class SyncSpec
{
    public const string TestData = "tests/OpenTrain.Tests/TestData/spec";

    public static int Run()
    {
        var source = Path.GetFullPath(Path.Combine(Paths.Root, "..", "shared", "spec"));
        if (!Directory.Exists(source)) throw new BuildException($"sync-spec: {source} not found (shared/ must sit beside the repository)");
        var target = Paths.Of(TestData);
        Directory.CreateDirectory(target);
        foreach (var file in Directory.GetFiles(source, "api-*.md").Order(StringComparer.Ordinal))
        {
            File.Copy(file, Path.Combine(target, Path.GetFileName(file)), overwrite: true);
            Console.WriteLine($"sync-spec: {Path.GetFileName(file)}");
        }
        return 0;
    }
}
