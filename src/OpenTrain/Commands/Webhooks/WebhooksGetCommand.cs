using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

internal static class WebhooksGetCommand
{
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
