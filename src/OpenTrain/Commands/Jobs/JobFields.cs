using System.Text.Json.Nodes;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

/// <summary>The fields a draft update or a published-job edit sets (API names, JSON values): at least one.</summary>
internal static class JobFields
{
    public static JsonObject Require(JsonObject fields, ArgumentNames names) =>
        fields.Count > 0 ? fields : throw new UsageException($"at least one {names["fields"]} is required");
}
