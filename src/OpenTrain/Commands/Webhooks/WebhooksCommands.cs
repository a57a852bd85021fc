using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>The <c>opentrain webhooks</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("webhooks"), Group(CommandGroup.Events)]
internal sealed class WebhooksCommands(CommandContext context)
{
    /// <summary>Subscribe a URL to events (prints the signing secret once).</summary>
    /// <param name="url">Delivery URL: https:// (http:// only for localhost).</param>
    /// <param name="event">Event type to deliver; repeat the flag or give a comma list (e.g. proposal.received,message.received).</param>
    [Listed("opentrain webhooks create --url https://example.com/hooks/opentrain --event proposal.received --event message.received,approval.confirmed"), Endpoint("POST", "/webhooks", "webhooks:manage (+ the read scope of each event type)", "webhooks/create", FeatureFlag = FeatureFlags.Webhooks)]
    public Task Create(ConsoleAppContext app, [RequiredFlag] string? url = null, [RequiredFlag, Repeatable, OneOf(typeof(WebhookEvents), nameof(WebhookEvents.All))] string? @event = null, CancellationToken cancellationToken = default)
    {
        var target = WebhookUrl.Validate(url, ArgumentNames.Flags);
        return context.RunAsync(WebhooksCreateCommand.Operation(new CreateWebhookRequest(target, WebhooksCreateCommand.EventTypes(RepeatedOption.Collect(app, "--event"), ArgumentNames.Flags))), cancellationToken);
    }

    /// <summary>Delete a webhook subscription (permanent; no prompt).</summary>
    /// <param name="id">Same as --webhook-id.</param>
    /// <param name="webhookId">The webhook id.</param>
    [Listed("opentrain webhooks delete wh_123"), Endpoint("DELETE", "/webhooks/{webhookId}", "webhooks:manage", "webhooks/delete", FeatureFlag = FeatureFlags.Webhooks)]
    public Task Delete([Argument] string? id = null, string? webhookId = null, CancellationToken cancellationToken = default) => context.RunAsync(WebhooksDeleteCommand.Operation(CommandArgs.RequireId(id, webhookId, "--webhook-id")), cancellationToken);

    /// <summary>Show a webhook subscription and its health.</summary>
    /// <param name="id">Same as --webhook-id.</param>
    /// <param name="webhookId">The webhook id.</param>
    [Listed("opentrain webhooks get wh_123"), Endpoint("GET", "/webhooks/{webhookId}", "webhooks:manage", "webhooks/get", FeatureFlag = FeatureFlags.Webhooks)]
    public Task Get([Argument] string? id = null, string? webhookId = null, CancellationToken cancellationToken = default) => context.RunAsync(WebhooksGetCommand.Operation(CommandArgs.RequireId(id, webhookId, "--webhook-id")), cancellationToken);

    /// <summary>List webhook subscriptions.</summary>
    [Listed("opentrain webhooks list"), Endpoint("GET", "/webhooks", "webhooks:manage", "webhooks/list", FeatureFlag = FeatureFlags.Webhooks)]
    public Task List(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, WebhooksListCommand.Operation(), cancellationToken);
}
