using OpenTrain.Generated.Mcp;
using OpenTrain.Mcp.Tools;

namespace OpenTrain.Mcp;

/// <summary>Every tool, by group, in the order tools/list and docs/mcp.md show them.</summary>
internal sealed class ToolCatalog
{
    private readonly Dictionary<string, McpTool> byName;
    private readonly Dictionary<string, McpTool> byCommand = new(StringComparer.Ordinal);

    public ToolCatalog(IReadOnlyList<(string Group, IEnumerable<McpTool> Tools)> groups)
    {
        Groups = [.. groups.Select(g => (g.Group, (IReadOnlyList<McpTool>)[.. g.Tools]))];
        Tools = [.. Groups.SelectMany(g => g.Tools)];
        byName = Tools.ToDictionary(t => t.Name, StringComparer.Ordinal);
        foreach (var tool in Tools) byCommand.TryAdd(tool.Command, tool);
    }

    public static ToolCatalog Default { get; } = new(
    [
        ("Auth and identity", AuthTools.All()),
        ("Jobs", JobsTools.All()),
        ("Proposals and candidates", ProposalsTools.All()),
        ("Messages", MessagesTools.All()),
        ("Contracts and milestones", ContractsTools.All()),
        ("Credits and updates", AccountTools.CreditsAndUpdates()),
        ("Webhooks", WebhooksTools.All()),
        ("Tokens, team and payments", AccountTools.Administration()),
    ]);

    public IReadOnlyList<(string Group, IReadOnlyList<McpTool> Tools)> Groups { get; }

    public IReadOnlyList<McpTool> Tools { get; }

    /// <summary>The official server's tools (a drop-in keeps every one of them).</summary>
    public IReadOnlyList<McpTool> Official => [.. Tools.Where(t => !t.Extra)];

    /// <summary>Tools beyond the official server's, for what the CLI wraps beyond it.</summary>
    public IReadOnlyList<McpTool> Extras => [.. Tools.Where(t => t.Extra)];

    /// <summary>The tools/list entries, built on first use (their schemas come from the contracts' JSON metadata).</summary>
    public IReadOnlyList<McpToolDescriptor> Descriptors => descriptors ??= [.. Tools.Select(t => t.Descriptor)];

    private IReadOnlyList<McpToolDescriptor>? descriptors;

    public McpTool? Find(string name) => byName.GetValueOrDefault(name);

    /// <summary>The tool that runs a command's operation (<c>jobs publish</c> → <c>opentrain_publish_job</c>), if one does.</summary>
    public McpTool? ForCommand(string command) => byCommand.GetValueOrDefault(command);
}
