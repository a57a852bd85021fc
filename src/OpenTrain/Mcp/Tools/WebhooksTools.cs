using OpenTrain.Toolkit;
using OpenTrain.Commands.Webhooks;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Mcp.Tools;

/// <summary>Webhook subscriptions.</summary>
internal static class WebhooksTools
{
    public static IEnumerable<McpTool> All() =>
    [
        McpTool.For("opentrain_create_webhook", "Create a webhook", "webhooks create",
            "Subscribe an https URL to account events. The signing secret (whsec_…) is returned only this once: store it to verify the " +
            "X-OpenTrain-Signature header of each delivery.",
            new ToolSchema()
                .String("url", "Delivery URL: https:// (http:// only for localhost), at most 2048 characters.", required: true)
                .StringArray("eventTypes", "Event types to deliver.", [.. WebhookEvents.All], required: true),
            (args, _) => WebhooksCreateCommand.Operation(new CreateWebhookRequest(WebhookUrl.Validate(args.String("url"), ArgumentNames.Tool),
                WebhooksCreateCommand.EventTypes(args.Strings("eventTypes") ?? [], EventNames)))),

        McpTool.For("opentrain_list_webhooks", "List webhooks", "webhooks list",
            "List webhook subscriptions with their status and recent delivery health.",
            ToolSchema.None, (_, _) => WebhooksListCommand.Operation()),

        McpTool.ForId("opentrain_get_webhook", "Show a webhook", "webhooks get",
            "Show a webhook subscription and its delivery health (a DISABLED one must be deleted and recreated).",
            "webhookId", "The webhook id.", WebhooksGetCommand.Operation),

        McpTool.ForId("opentrain_delete_webhook", "Delete a webhook", "webhooks delete",
            "Delete a webhook subscription permanently: deliveries stop and its secret no longer applies.",
            "webhookId", "The webhook id.", WebhooksDeleteCommand.Operation),
    ];

    private static readonly ArgumentNames EventNames = ArgumentNames.Tool.With(("event", "entry in eventTypes"));
}
