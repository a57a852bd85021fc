using OpenTrain.Generated.Mcp;
using OpenTrain.Mcp.Tools;

namespace OpenTrain.Mcp;

/// <summary>Every tool, in the order tools/list and docs/mcp.md show them.</summary>
internal sealed class ToolCatalog
{
    private readonly Dictionary<string, McpTool> byName;

    public ToolCatalog(IEnumerable<McpTool> tools)
    {
        Tools = [.. tools];
        byName = Tools.ToDictionary(t => t.Name, StringComparer.Ordinal);
        Descriptors = [.. Tools.Select(t => t.Descriptor)];
    }

    public static ToolCatalog Default { get; } = new(
        [.. AuthTools.All(), .. JobsTools.All(), .. ProposalsTools.All(), .. MessagesTools.All(), .. ContractsTools.All(),
         .. AccountTools.CreditsAndUpdates(), .. WebhooksTools.All(), .. AccountTools.Administration()]);

    public IReadOnlyList<McpTool> Tools { get; }

    public IReadOnlyList<McpToolDescriptor> Descriptors { get; }

    public McpTool? Find(string name) => byName.GetValueOrDefault(name);
}
