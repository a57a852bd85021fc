using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

[RegisterCommands("webhooks")]
internal sealed class WebhooksListCommand(CommandContext context)
{
    /// <summary>List webhook subscriptions.</summary>
    [Listed(CommandGroup.Events, "opentrain webhooks list")]
    [Endpoint("GET", "/webhooks", "webhooks:manage", "webhooks/list", FeatureFlag = FeatureFlags.Webhooks)]
    public Task List(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, Operation(), cancellationToken);

    internal static ApiOperation<WebhookListResponse> Operation() => new(WebhooksRequests.List(), Write);

    private static void Write(WebhookListResponse response, TextWriter output)
    {
        var webhooks = response.Webhooks;
        var any = TableOutput.WriteRows(output, webhooks, "No webhooks. Create one: opentrain webhooks create --url <https-url> --event <type>",
            ["ID", "STATUS", "URL", "EVENTS", "NOTE"],
            w => [w.Id, w.Status, w.Url, WebhookOutput.Events(w), w.DisabledReason]);
        if (any && webhooks!.Any(w => w.Status == "DISABLED"))
        {
            output.WriteLine();
            output.WriteLine(WebhookOutput.ReplaceDisabledHint);
        }
    }
}
