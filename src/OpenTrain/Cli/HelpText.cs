using System.Text;
using OpenTrain.Toolkit;
using OpenTrain.Commands;

namespace OpenTrain.Cli;

/// <summary>The usage texts opentrain prints itself, from <see cref="CommandTable"/>: the root listing, a namespace's listing, and a command's help.</summary>
internal static class HelpText
{
    public static string Root(string baseUrlNow) => new StringBuilder()
        .Append("opentrain: the command-line client for the OpenTrain Public API.\n\n")
        .Append("Usage: opentrain <namespace> [<group>] <verb> [flags]\n\n")
        .Append(QuickStart)
        .Append(Listing(null))
        .Append('\n')
        .Append(GlobalFlagRows(baseUrlNow))
        .Append("\nRun 'opentrain <command> --help' for a command's flags and an example.\n")
        .Append("Run 'opentrain help exit-codes' or 'opentrain help environment' for exit codes\n")
        .Append("and the environment variables read.\n")
        .ToString();

    public static string Namespace(string prefix, string baseUrlNow) => new StringBuilder()
        .Append("Usage: opentrain ").Append(prefix).Append(" <verb> [flags]\n\n")
        .Append("Commands:\n")
        .Append(Listing(prefix))
        .Append('\n')
        .Append(GlobalFlagRows(baseUrlNow))
        .Append("\nRun 'opentrain ").Append(prefix).Append(" <verb> --help' for a command's flags and an example.\n")
        .ToString();

    /// <summary>The command's help (<c>--base-url</c> says where its value comes from now), its requirements and its example.</summary>
    public static string Command(CommandInfo command, string baseUrlNow)
    {
        var sb = new StringBuilder(CommandHelp.Render(command, baseUrlNow)).Append('\n');
        Requirements(sb, command);
        sb.Append("\nExample:\n");
        foreach (var line in command.Example.Split('\n')) sb.Append("  ").Append(line).Append('\n');
        return sb.ToString();
    }

    /// <summary>What the command needs before it can succeed, so an agent learns it before the first 403.</summary>
    private static void Requirements(StringBuilder sb, CommandInfo command)
    {
        sb.Append("\nRequirements:\n");
        if (command.Endpoint is not { } endpoint)
        {
            sb.Append("  Endpoint:         ").Append(command.AnyEndpoint
                ? "the one you name; its scope, claim and feature flag apply\n                    (see that command's help or the API reference)"
                : "none (no request is sent)").Append('\n');
            return;
        }
        sb.Append("  Endpoint:         ").Append(endpoint.Method).Append(' ').Append(endpoint.Path).Append('\n');
        sb.Append("  Scope:            ").Append(endpoint.Scope).Append('\n');
        sb.Append("  Claimed account:  ").Append(endpoint.ClaimRequired ? "required (a human claims it: 'opentrain auth claim')" : "not required").Append('\n');
        if (endpoint.FeatureFlag is { } flag) sb.Append("  Feature flag:     ").Append(flag).Append(" (enabled per account)\n");
        sb.Append("  Docs:             ").Append(endpoint.DocLink).Append('\n');
    }

    private const string QuickStart =
        "Quick start (an agent, end to end):\n" +
        "  $ opentrain auth register --agent-name \"Labeling agent\"\n" +
        "      then a human claims it: opentrain auth claim --email <owner>\n" +
        "  $ opentrain jobs draft create --description-file brief.txt\n" +
        "      then: jobs draft update, jobs publish\n" +
        "  $ opentrain proposals list <job-id>\n" +
        "      then: proposals hire (a human confirms the approval URL)\n\n";

    /// <summary>The commands by workflow (root help) or one namespace's commands, in one aligned listing.</summary>
    private static string Listing(string? namespacePrefix)
    {
        var sections = new List<(string? Heading, List<(string Name, string Description)> Rows)>();
        foreach (var group in Enum.GetValues<CommandGroup>())
        {
            var rows = new List<(string Name, string Description)>();
            foreach (var c in CommandTable.All.Where(c => c.Group == group).OrderBy(c => c.Path, StringComparer.Ordinal))
            {
                if (namespacePrefix is not null && !c.Path.StartsWith(namespacePrefix + " ", StringComparison.Ordinal)) continue;
                rows.Add((c.Path, c.Summary));
                foreach (var alias in c.Aliases) rows.Add((alias, $"Alias of '{c.Path}'."));
            }
            if (rows.Count > 0) sections.Add((namespacePrefix is null ? GroupHeadings[(int)group] : null, rows));
        }
        if (namespacePrefix is null)
        {
            sections.Add(("Tools:", [
                ("completion <shell>", "Print a shell completion script (bash, zsh, fish, powershell); see 'opentrain completion --help'."),
                ("mcp", "Serve the OpenTrain tools to AI agents over stdio (MCP); see 'opentrain mcp --help'."),
                ("version [--json]", "Print the version (--json: with the platform it was built for)."),
                ("help [<command>]", "Show this help, or a namespace's commands."),
            ]));
        }
        // Capped so descriptions get most of the 80 columns; a longer name takes a line of its own.
        var column = Math.Min(CommandHelp.Column(sections.SelectMany(s => s.Rows).Select(r => r.Name)), ListingColumn);
        var sb = new StringBuilder();
        foreach (var (heading, rows) in sections)
        {
            if (heading is not null) sb.Append(sb.Length > 0 ? "\n" : "").Append(heading).Append('\n');
            foreach (var line in CommandHelp.Render(rows, column)) sb.Append(line).Append('\n');
        }
        return sb.ToString();
    }

    private const int ListingColumn = 27;

    private static readonly string[] GroupHeadings =
        ["Onboarding:", "Jobs:", "Hiring (proposals, candidates, messages):", "Money (contracts, milestones, approvals, credits):", "Events:", "Admin:"];

    private static string GlobalFlagRows(string baseUrlNow)
    {
        var sb = new StringBuilder("Flags accepted by every command:\n");
        foreach (var line in CommandHelp.Render([
            (GlobalFlags.Json, GlobalFlags.JsonDescriptionEveryCommand),
            ($"{GlobalFlags.BaseUrl} <url>", GlobalFlags.BaseUrlNow(baseUrlNow)),
            (GlobalFlags.Debug, GlobalFlags.DebugDescription),
            ("-h, --help", "Show help for the command."),
        ])) sb.Append(line).Append('\n');
        return sb.ToString();
    }
}
