namespace OpenTrain.Build;

/// <summary>clean: removes artifacts/ and the bin/obj/TestResults folders of src/ and tests/ (not this program's own).</summary>
internal static class Clean
{
    private static readonly string[] Sources = ["src", "tests"];

    public static int Run()
    {
        Delete(Paths.Of("artifacts"));
        foreach (var top in Sources.Select(Paths.Of).Where(Directory.Exists))
        {
            foreach (var dir in Directory.GetDirectories(top, "*", SearchOption.AllDirectories)
                         .Where(d => Path.GetFileName(d) is "bin" or "obj" or "TestResults"))
            {
                Delete(dir);
            }
        }
        Console.WriteLine("clean");
        return 0;
    }

    private static void Delete(string dir)
    {
        if (Directory.Exists(dir)) Directory.Delete(dir, recursive: true);
    }
}
