namespace OpenTrain.Build;

/// <summary>
/// sync-spec: copies the API spec pages (<c>../shared/spec/api-*.md</c>) into the test data the spec tests
/// read (<c>tests/OpenTrain.Tests/TestData/spec</c>), so they never skip on a machine without <c>shared/</c>;
/// a test fails when the copy and the spec beside the clone differ. The copy ends up equal to the source: pages
/// gone from the spec are removed, and each file is written anew (not File.Copy, which would carry over the
/// read-only mode of CI's shared/ copy and make the next sync fail for a user who is not root).
/// </summary>
internal static class SyncSpec
{
    public const string TestData = "tests/OpenTrain.Tests/TestData/spec";
    public const string Pattern = "api-*.md";

    public static int Run()
    {
        var source = Path.GetFullPath(Path.Combine(Paths.Root, "..", "shared", "spec"));
        if (!Directory.Exists(source))
            throw new BuildException($"sync-spec: {source} not found (the product spec sits beside the repository clone as ../shared/spec); the test data in {TestData} is left as it is");
        var pages = Directory.GetFiles(source, Pattern).Order(StringComparer.Ordinal).ToArray();
        if (pages.Length == 0) throw new BuildException($"sync-spec: no {Pattern} in {source}; the test data in {TestData} is left as it is");

        var target = Paths.Of(TestData);
        Directory.CreateDirectory(target);
        var names = pages.Select(Path.GetFileName).ToHashSet(StringComparer.Ordinal);
        foreach (var stale in Directory.GetFiles(target, Pattern).Where(f => !names.Contains(Path.GetFileName(f))).Order(StringComparer.Ordinal))
        {
            File.SetAttributes(stale, FileAttributes.Normal);
            File.Delete(stale);
            Console.WriteLine($"sync-spec: {Path.GetFileName(stale)} removed (no longer in {source})");
        }
        foreach (var page in pages)
        {
            var copy = Path.Combine(target, Path.GetFileName(page));
            var bytes = File.ReadAllBytes(page);
            if (File.Exists(copy) && File.ReadAllBytes(copy).AsSpan().SequenceEqual(bytes))
            {
                Console.WriteLine($"sync-spec: {Path.GetFileName(page)} unchanged");
                continue;
            }
            if (File.Exists(copy)) File.Delete(copy);
            File.WriteAllBytes(copy, bytes);
            Console.WriteLine($"sync-spec: {Path.GetFileName(page)} updated");
        }
        return 0;
    }
}
