using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

[RegisterCommands("webhooks")]
internal sealed class WebhooksDeleteCommand(CommandContext context)
{
    /// <summary>Delete a webhook subscription (permanent; no prompt).</summary>
    /// <param name="id">Same as --webhook-id.</param>
    /// <param name="webhookId">The webhook id.</param>
    [Listed(CommandGroup.Events, "opentrain webhooks delete wh_123")]
    [Endpoint("DELETE", "/webhooks/{webhookId}", "webhooks:manage", "webhooks/delete", FeatureFlag = FeatureFlags.Webhooks)]
    public Task Delete([Argument] string? id = null, string? webhookId = null, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, webhookId, "--webhook-id")), cancellationToken);

    internal static ApiOperation<WebhookResponse> Operation(string webhookId) =>
        new(WebhooksRequests.Delete(webhookId), (response, output) => Write(webhookId, response, output));

    private static void Write(string webhookId, WebhookResponse response, TextWriter output)
    {
        var webhook = response.Webhook;
        output.WriteLine($"Deleted webhook {webhook?.Id ?? webhookId}{(webhook?.Url is { } url ? $" ({url})" : "")}. Deliveries have stopped and its secret no longer applies.");
    }
}
