using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Views;

public static class WebhookViews
{
    /// <summary>The subscription object (never the secret).</summary>
    public static JsonObject Webhook(WebhookSubscription w) => new()
    {
        ["id"] = w.Id,
        ["url"] = w.Url,
        ["eventTypes"] = JsonValues.Strings(w.EventTypes),
        ["status"] = w.Status,
        ["createdAt"] = JsonValues.Iso(w.CreatedAt),
        ["disabledAt"] = JsonValues.Iso(w.DisabledAt),
        ["disabledReason"] = w.DisabledReason,
    };
}
