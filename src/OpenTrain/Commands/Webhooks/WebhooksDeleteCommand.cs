using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

internal static class WebhooksDeleteCommand
{
    /// <param name="saved">The secrets <c>webhooks create --save-secret</c> kept: the deleted webhook's is removed (the CLI; MCP keeps none).</param>
    internal static ApiOperation<WebhookResponse> Operation(string webhookId, SecretSaving? saved = null) =>
        new(WebhooksRequests.Delete(webhookId), (response, output) => Write(webhookId, response, saved, output))
        {
            After = saved is null ? null : (_, _, _) => Forget(webhookId, saved),
        };

    private static Task Forget(string webhookId, SecretSaving saved)
    {
        try
        {
            if (saved.Store.Forget(saved.Url, webhookId)) saved.SavedTo = saved.Store.PathFor(saved.Url, webhookId);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The webhook is gone either way; a secret file left behind signs nothing the API sends.
        }
        return Task.CompletedTask;
    }

    private static void Write(string webhookId, WebhookResponse response, SecretSaving? saved, TextWriter output)
    {
        var webhook = response.Webhook;
        output.WriteLine($"Deleted webhook {webhook?.Id ?? webhookId}{(webhook?.Url is { } url ? $" ({url})" : "")}. Deliveries have stopped and its secret no longer applies.");
        if (saved?.SavedTo is { } path) output.WriteLine($"Removed its saved signing secret ({path}).");
    }
}
