using System.Text;

namespace OpenTrain.Cli;

/// <summary>The usage texts opentrain prints itself: the root listing, a namespace's listing, and a command's help.</summary>
internal static class HelpText
{
    public static string Root(CommandCatalog catalog) => new StringBuilder()
        .Append("opentrain: the command-line client for the OpenTrain Public API.\n\n")
        .Append("Usage: opentrain <namespace> [<group>] <verb> [flags]\n\n")
        .Append("Commands:\n")
        .Append(catalog.RenderListing(null))
        .Append('\n')
        .Append(GlobalFlags)
        .Append("\nRun 'opentrain <command> --help' for a command's flags and an example.\n")
        .ToString();

    public static string Namespace(CommandCatalog catalog, string prefix) => new StringBuilder()
        .Append("Usage: opentrain ").Append(prefix).Append(" <verb> [flags]\n\n")
        .Append("Commands:\n")
        .Append(catalog.RenderListing(prefix))
        .Append('\n')
        .Append(GlobalFlags)
        .Append("\nRun 'opentrain ").Append(prefix).Append(" <verb> --help' for a command's flags and an example.\n")
        .ToString();

    /// <summary>Decorates the framework's command help: program name in the synopsis, plus the example.</summary>
    public static string Command(string frameworkHelp, string path)
    {
        var text = frameworkHelp.Replace("Usage: ", "Usage: opentrain ", StringComparison.Ordinal)
            .Replace(" [-h|--help] [--version]", " [-h|--help]", StringComparison.Ordinal)
            .Replace(" [Default: null]", "", StringComparison.Ordinal)
            .Replace("?>", "> ", StringComparison.Ordinal)
            // The framework's own kebab-case of confirmNotAFit; the documented spelling is listed first.
            .Replace(", --confirm-nota-fit", new string(' ', 20), StringComparison.Ordinal)
            .TrimEnd('\n', '\r');
        var sb = new StringBuilder(text).Append('\n');
        if (CommandExamples.For(path) is { } example)
        {
            sb.Append("\nExample:\n");
            foreach (var line in example.Split('\n')) sb.Append("  ").Append(line).Append('\n');
        }
        return sb.ToString();
    }

    private const string GlobalFlags =
        "Flags accepted by every command:\n" +
        "  --json              Print the API response JSON exactly as received (auth: a result object).\n" +
        "  --base-url <url>    API origin for this call (default https://app.opentrain.ai).\n" +
        "  -h, --help          Show help for the command.\n";
}
