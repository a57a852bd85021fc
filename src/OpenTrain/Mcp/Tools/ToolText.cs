using OpenTrain.Toolkit;
using OpenTrain.Commands.Jobs;

namespace OpenTrain.Mcp.Tools;

/// <summary>Parameter descriptions and argument readers several tool groups share.</summary>
internal static class ToolText
{
    public const string Limit = "Items per page, 1 to 100.";
    public const string Cursor = "Page cursor: the nextCursor of the previous page.";

    public static ToolSchema Paged(this ToolSchema schema, string limit = Limit) =>
        schema.Integer("limit", limit, 1, PageOptions.MaxLimit).String("cursor", Cursor);

    public static PageOptions Page(this ToolArguments args) =>
        PageOptions.Parse(args.Int("limit"), args.String("cursor"), names: ArgumentNames.Tool);

    public static string? Enum(this ToolArguments args, string name, IReadOnlyList<string> values) =>
        EnumArgument.Parse(args.String(name), name, values);

    private static readonly ArgumentNames FieldNames = ArgumentNames.Tool.With(("fields", "key in fields"));

    /// <summary>The draft/job fields object (required by the schema), checked as the CLI's <c>--set</c> are.</summary>
    public static System.Text.Json.Nodes.JsonObject Fields(this ToolArguments args) => JobFields.Require(args.Object("fields") ?? [], FieldNames);
}
