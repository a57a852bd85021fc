using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Views;

public static class EventViews
{
    /// <summary>The <c>PlatformEvent</c> record (feed item and webhook body).</summary>
    public static JsonObject Event(PlatformEvent e) => new()
    {
        ["id"] = e.Id,
        ["type"] = e.Type,
        ["apiVersion"] = "v1",
        ["createdAt"] = JsonValues.Iso(e.CreatedAt),
        ["resourceId"] = e.ResourceId,
        ["jobId"] = e.JobId,
        ["data"] = e.Data.DeepClone(),
    };
}
