using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

internal static class WebhooksCreateCommand
{
    /// <summary>At least one event type, each one of <see cref="WebhookEvents.All"/>; repeats dropped.</summary>
    internal static List<string> EventTypes(IEnumerable<string> given, ArgumentNames names) =>
        AllowedValues.AtLeastOne(given, names["event"], "event type", WebhookEvents.All);

    internal static ApiOperation<WebhookCreated> Operation(CreateWebhookRequest request) => new(WebhooksRequests.Create(request), Write);

    // The one output that ever carries a secret: the API returns it here and never again.
    private static void Write(WebhookCreated created, TextWriter output)
    {
        var webhook = created.Webhook ?? throw CliException.InvalidResponse("the response has no webhook");
        output.WriteLine($"Created webhook {webhook.Id}.");
        output.WriteLine();
        WebhookOutput.Fields(webhook).WriteTo(output);
        if (!string.IsNullOrEmpty(created.Secret))
        {
            output.WriteLine();
            output.WriteLine("Signing secret: STORE IT NOW. It is shown only this once and can never be retrieved again:");
            output.WriteLine(created.Secret);
            output.WriteLine();
            output.WriteLine("Use it to verify the X-OpenTrain-Signature header of each delivery. Lost it? Delete the webhook and create a new one.");
        }
    }
}
