using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

internal static class WebhooksListCommand
{
    internal static ApiOperation<WebhookListResponse> Operation() => new(WebhooksRequests.List(), Write);

    private static void Write(WebhookListResponse response, TextWriter output)
    {
        var webhooks = response.Webhooks;
        var any = TableOutput.WriteRows(output, webhooks, $"No webhooks. Create one: {new ShellCommand("opentrain webhooks create").Placeholder("--url", "https-url").Placeholder("--event", "type")}",
            ["ID", "STATUS", "URL", "EVENTS", "NOTE"],
            w => [w.Id, w.Status, w.Url, WebhookOutput.Events(w), w.DisabledReason]);
        if (any && webhooks!.Any(w => w.Status == "DISABLED"))
        {
            output.WriteLine();
            output.WriteLine(WebhookOutput.ReplaceDisabledHint);
        }
    }
}
