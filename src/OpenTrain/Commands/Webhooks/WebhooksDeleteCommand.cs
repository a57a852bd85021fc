using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

internal static class WebhooksDeleteCommand
{
    internal static ApiOperation<WebhookResponse> Operation(string webhookId) =>
        new(WebhooksRequests.Delete(webhookId), (response, output) => Write(webhookId, response, output));

    private static void Write(string webhookId, WebhookResponse response, TextWriter output)
    {
        var webhook = response.Webhook;
        output.WriteLine($"Deleted webhook {webhook?.Id ?? webhookId}{(webhook?.Url is { } url ? $" ({url})" : "")}. Deliveries have stopped and its secret no longer applies.");
    }
}
