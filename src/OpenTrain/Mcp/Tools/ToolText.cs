using OpenTrain.Cli;

namespace OpenTrain.Mcp.Tools;

/// <summary>Parameter descriptions and argument readers several tool groups share.</summary>
internal static class ToolText
{
    public const string Limit = "Items per page, 1 to 100.";
    public const string Cursor = "Page cursor: the nextCursor of the previous page.";

    public static ToolSchema Paged(this ToolSchema schema, string limit = Limit) =>
        schema.Integer("limit", limit, 1, PageOptions.MaxLimit).String("cursor", Cursor);

    public static PageOptions Page(this ToolArguments args) =>
        PageOptions.Parse(CommandArgs.Limit(args.Int("limit"), PageOptions.MaxLimit, "limit"), args.String("cursor"));

    public static string? Enum(this ToolArguments args, string name, IReadOnlyList<string> values) =>
        EnumArgument.Parse(args.String(name), name, values);

    /// <summary>The draft/job fields object: at least one key.</summary>
    public static System.Text.Json.Nodes.JsonObject Fields(this ToolArguments args)
    {
        var fields = args.Object("fields") ?? throw new UsageException("fields is required");
        return fields.Count > 0 ? fields : throw new UsageException("fields needs at least one key");
    }
}
