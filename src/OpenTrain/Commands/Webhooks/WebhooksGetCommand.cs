using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

[RegisterCommands("webhooks")]
internal sealed class WebhooksGetCommand(CommandContext context)
{
    /// <summary>Show a webhook subscription and its health.</summary>
    /// <param name="id">Same as --webhook-id.</param>
    /// <param name="webhookId">The webhook id.</param>
    [Listed(CommandGroup.Events, "opentrain webhooks get wh_123")]
    [Endpoint("GET", "/webhooks/{webhookId}", "webhooks:manage", "webhooks/get", FeatureFlag = FeatureFlags.Webhooks)]
    public Task Get([Argument] string? id = null, string? webhookId = null, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, webhookId, "--webhook-id")), cancellationToken);

    internal static ApiOperation<WebhookResponse> Operation(string webhookId) => new(WebhooksRequests.Get(webhookId), Write);

    private static void Write(WebhookResponse response, TextWriter output)
    {
        var webhook = response.Webhook ?? throw CliException.InvalidResponse("the response has no webhook");
        WebhookOutput.Fields(webhook).WriteTo(output);
        if (webhook.Status == "DISABLED")
        {
            output.WriteLine();
            output.WriteLine(WebhookOutput.ReplaceDisabledHint);
        }
    }
}
