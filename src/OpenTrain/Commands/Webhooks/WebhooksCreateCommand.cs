using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

[RegisterCommands("webhooks")]
internal sealed class WebhooksCreateCommand(CommandContext context)
{
    /// <summary>Subscribe a URL to events (prints the signing secret once).</summary>
    /// <param name="url">Delivery URL: https:// (http:// only for localhost).</param>
    /// <param name="event">Event type to deliver; repeat the flag or give a comma list (e.g. proposal.received,message.received).</param>
    [Listed(CommandGroup.Events, "opentrain webhooks create --url https://example.com/hooks/opentrain --event proposal.received --event message.received,approval.confirmed")]
    [Endpoint("POST", "/webhooks", "webhooks:manage (+ the read scope of each event type)", "webhooks/create", FeatureFlag = FeatureFlags.Webhooks)]
    public Task Create(ConsoleAppContext app, [RequiredFlag] string? url = null, [RequiredFlag, Repeatable, OneOf(typeof(WebhookEvents), nameof(WebhookEvents.All))] string? @event = null, CancellationToken cancellationToken = default)
    {
        var target = WebhookUrl.Validate(url, ArgumentNames.Flags);
        return context.RunAsync(Operation(new CreateWebhookRequest(target, EventTypes(RepeatedOption.Collect(app, "--event"), ArgumentNames.Flags))), cancellationToken);
    }

    /// <summary>At least one event type, each one of <see cref="WebhookEvents.All"/>; repeats dropped.</summary>
    internal static List<string> EventTypes(IEnumerable<string> given, ArgumentNames names)
    {
        var events = given.Distinct(StringComparer.Ordinal).ToList();
        if (events.Count == 0)
            throw new UsageException($"at least one {names["event"]} is required (one of: {string.Join(", ", WebhookEvents.All)})");
        var unknown = events.Where(e => !WebhookEvents.All.Contains(e)).ToList();
        if (unknown.Count > 0)
            throw new UsageException($"unknown event type{(unknown.Count > 1 ? "s" : "")} {string.Join(", ", unknown.Select(u => $"'{u}'"))}; valid types: {string.Join(", ", WebhookEvents.All)}");
        return events;
    }

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
