namespace OpenTrain.Cli;

/// <summary>One example invocation per command, shown at the end of its --help.</summary>
internal static class CommandExamples
{
    private static readonly Dictionary<string, string> Examples = new(StringComparer.Ordinal)
    {
    };

    public static string? For(string path) => Examples.GetValueOrDefault(path);
}
