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
            "webhookId", "The webhook id.", id => WebhooksDeleteCommand.Operation(id)),

        new McpTool("opentrain_verify_webhook_signature", "Verify a webhook signature", "webhooks verify",
            "Check a delivery's X-OpenTrain-Signature header (t=<unix seconds>,v1=<hex>) against its raw body and the webhook's signing secret " +
            "(whsec_…), as a receiver must: the header's form, the HMAC-SHA256 of \"<t>.<body>\" (constant-time) and the timestamp's age. " +
            "Runs locally: nothing is sent. An invalid signature is an error result whose code says why.",
            new ToolSchema()
                .String("secret", "The signing secret (whsec_…) the webhook was created with.", required: true)
                .String("signature", "The X-OpenTrain-Signature header's value.", required: true)
                .String("payload", "The request body exactly as received, before any JSON parsing (it is signed byte for byte, as UTF-8).", required: true)
                .Integer("tolerance", $"Seconds the timestamp may be from now (default {WebhookSignature.DefaultTolerance}).", 0, 604_800)
                .Number("now", "Judge the timestamp as of these unix seconds instead of the clock.", minimum: 0, maximum: 99_999_999_999m),
            (args, _, _) => Task.FromResult(VerifySignature(args)))
            { Extra = true, Output = typeof(SignatureVerified) },
    ];

    private static ToolResult VerifySignature(ToolArguments args)
    {
        var payload = System.Text.Encoding.UTF8.GetBytes(args.String("payload") ?? "");
        var now = args.Decimal("now") switch
        {
            null => (long?)null,
            >= 0 and < 100_000_000_000m and var at => (long)decimal.Truncate(at),
            var at => throw new UsageException($"now must be unix seconds, got {at}"),
        };
        var (valid, problem) = WebhooksVerifyCommand.Check(args.String("secret"), args.String("signature"), payload, now, args.Int("tolerance"), TimeProvider.System, ArgumentNames.Tool);
        if (valid is not null) return ToolResult.Success(WebhooksVerifyCommand.Summary(valid), WebhooksVerifyCommand.Json(valid));
        var message = WebhooksVerifyCommand.Message(problem!);
        return ToolResult.Failure(problem!.Code, message, $"Error: {message}");
    }

    private static readonly ArgumentNames EventNames = ArgumentNames.Tool.With(("event", "entry in eventTypes"));
}
