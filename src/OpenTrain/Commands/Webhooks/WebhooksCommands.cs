using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>The <c>opentrain webhooks</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("webhooks"), Group(CommandGroup.Events)]
internal sealed class WebhooksCommands(CommandContext context)
{
    /// <summary>Subscribe a URL to events (prints the signing secret once).</summary>
    /// <param name="url">Delivery URL: https:// (http:// only for localhost).</param>
    /// <param name="event">Event type to deliver; repeat the flag or give a comma list (e.g. proposal.received,message.received).</param>
    /// <param name="saveSecret">Also keep the signing secret (mode 0600, beside the credentials file) for 'webhooks listen --webhook-id' and 'webhooks trigger --webhook-id'.</param>
    [Listed("opentrain webhooks create --url https://example.com/hooks/opentrain --event proposal.received --event message.received,approval.confirmed"), Endpoint("POST", "/webhooks", "webhooks:manage (+ the read scope of each event type)", "webhooks/create", FeatureFlag = FeatureFlags.Webhooks)]
    public Task Create(ConsoleAppContext app, [RequiredFlag] string? url = null, [RequiredFlag, Repeatable, OneOf(typeof(WebhookEvents), nameof(WebhookEvents.All))] string? @event = null, bool saveSecret = false, CancellationToken cancellationToken = default)
    {
        var target = WebhookUrl.Validate(url, ArgumentNames.Flags);
        var request = new CreateWebhookRequest(target, WebhooksCreateCommand.EventTypes(RepeatedOption.Collect(app, "--event"), ArgumentNames.Flags));
        return context.RunAsync(WebhooksCreateCommand.Operation(request, saveSecret ? new SecretSaving(WebhookSecretStore.For(context), context.BaseUrl) : null), cancellationToken);
    }

    /// <summary>Delete a webhook subscription (permanent; no prompt).</summary>
    /// <param name="id">Same as --webhook-id.</param>
    /// <param name="webhookId">The webhook id.</param>
    [Listed("opentrain webhooks delete wh_123"), Endpoint("DELETE", "/webhooks/{webhookId}", "webhooks:manage", "webhooks/delete", FeatureFlag = FeatureFlags.Webhooks)]
    public Task Delete([Argument] string? id = null, string? webhookId = null, CancellationToken cancellationToken = default) => context.RunAsync(WebhooksDeleteCommand.Operation(CommandArgs.RequireId(id, webhookId, "--webhook-id"), new SecretSaving(WebhookSecretStore.For(context), context.BaseUrl)), cancellationToken);

    /// <summary>Show a webhook subscription and its health.</summary>
    /// <param name="id">Same as --webhook-id.</param>
    /// <param name="webhookId">The webhook id.</param>
    [Listed("opentrain webhooks get wh_123"), Endpoint("GET", "/webhooks/{webhookId}", "webhooks:manage", "webhooks/get", FeatureFlag = FeatureFlags.Webhooks)]
    public Task Get([Argument] string? id = null, string? webhookId = null, CancellationToken cancellationToken = default) => context.RunAsync(WebhooksGetCommand.Operation(CommandArgs.RequireId(id, webhookId, "--webhook-id")), cancellationToken);

    /// <summary>List webhook subscriptions.</summary>
    [Listed("opentrain webhooks list"), Endpoint("GET", "/webhooks", "webhooks:manage", "webhooks/list", FeatureFlag = FeatureFlags.Webhooks)]
    public Task List(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, WebhooksListCommand.Operation(), cancellationToken);

    /// <summary>Forward your events to a local URL as signed deliveries, with retries.</summary>
    /// <param name="forwardTo">Where to POST each event: an http(s) URL; plain http:// only to localhost and loopback addresses unless --insecure-forward.</param>
    /// <param name="secret">Sign with this secret (whsec_…). Default: a new secret for this session, printed once at start.</param>
    /// <param name="webhookId">Sign with the secret 'webhooks create --save-secret' saved for this webhook.</param>
    /// <param name="events">Forward only these event types (comma list, or repeat the flag); the others are skipped. Default: every type.</param>
    /// <param name="cursor">Start after this event id. Default: the end of the feed (new events only, as a new subscription); 0 replays the whole history.</param>
    /// <param name="cursorFile">Read the cursor from this file and save it after each event delivered, given up on or skipped, so a restart resumes without loss or duplicates.</param>
    /// <param name="interval">Seconds between polls once caught up, default 5.</param>
    /// <param name="retryScale">Factor for the retry delays (1, 5, 30, 120 minutes; 5 attempts), 0–1, default 1; e.g. 0.001 for tests and demos.</param>
    /// <param name="insecureForward">Allow plain http:// to a host that is not loopback: the deliveries and their signatures cross the network unencrypted.</param>
    [Listed("opentrain webhooks listen --forward-to http://localhost:3000/webhooks", "opentrain webhooks listen --forward-to http://localhost:3000/webhooks --events proposal.received,message.received --cursor-file .opentrain-cursor"), Endpoint("GET", "/updates", "any of proposals:read, messages:read, payments:read", "updates/poll"), JsonHelp("Print one JSON object per delivery attempt, one per line: event, eventId, deliveryId, url, status, durationMs, attempt, error, retryInMs.")]
    public Task Listen(ConsoleAppContext app, [RequiredFlag] string? forwardTo = null, string? secret = null, string? webhookId = null, [Repeatable, OneOf(typeof(WebhookEvents), nameof(WebhookEvents.All))] string? events = null, string? cursor = null, string? cursorFile = null, string? interval = null, string? retryScale = null, bool insecureForward = false, CancellationToken cancellationToken = default)
    {
        _ = events; // every copy is read from the raw arguments
        return WebhooksListenCommand.RunAsync(context, WebhooksListenCommand.Options(app, context, forwardTo, secret, webhookId, cursor, cursorFile, interval, retryScale, insecureForward), cancellationToken);
    }

    /// <summary>Send a signed sample event to a local URL (--list shows the types).</summary>
    /// <param name="eventType">The event type to send (--list shows them).</param>
    /// <param name="forwardTo">Where to POST it: an http(s) URL; plain http:// only to localhost and loopback addresses unless --insecure-forward. Required unless --list.</param>
    /// <param name="secret">Sign with this secret (whsec_…, the one the receiver verifies with).</param>
    /// <param name="webhookId">Sign with the secret 'webhooks create --save-secret' saved for this webhook.</param>
    /// <param name="list">Print every event type with a sample record, and send nothing.</param>
    /// <param name="insecureForward">Allow plain http:// to a host that is not loopback: the delivery and its signature cross the network unencrypted.</param>
    [Listed("opentrain webhooks trigger proposal.received --forward-to http://localhost:3000/webhooks --secret whsec_…", "opentrain webhooks trigger --list"), JsonHelp("Print the delivery attempt as one JSON line (as 'webhooks listen --json' does); with --list, an array of every type's sample record.")]
    public async Task Trigger([Argument] string? eventType = null, string? forwardTo = null, string? secret = null, string? webhookId = null, bool list = false, bool insecureForward = false, CancellationToken cancellationToken = default)
    {
        var names = ArgumentNames.Flags;
        if (list)
        {
            if (eventType is not null || forwardTo is not null || secret is not null || webhookId is not null) throw new UsageException("--list sends nothing: give it alone");
            WebhooksTriggerCommand.WriteList(context);
            return;
        }
        var type = WebhooksTriggerCommand.EventType(eventType, names.With(("eventType", "event type")));
        var target = WebhookForwarding.Target(forwardTo, insecureForward, names);
        await WebhooksTriggerCommand.RunAsync(context, type, target, WebhookForwarding.Secret(secret, webhookId, session: false, context, names), cancellationToken);
    }

    /// <summary>Check a delivery's X-OpenTrain-Signature against its raw body and secret.</summary>
    /// <param name="secret">The signing secret (whsec_…).</param>
    /// <param name="signature">The X-OpenTrain-Signature header's value (t=…,v1=…), quoted.</param>
    /// <param name="payloadFile">The raw request body, byte for byte; '-' or no flag reads standard input.</param>
    /// <param name="tolerance">Seconds a timestamp may be from now, default 300.</param>
    /// <param name="now">Judge the timestamp as of these unix seconds instead of the clock.</param>
    [Listed("opentrain webhooks verify --secret whsec_… --signature 't=1700000000,v1=5f3c…' --payload-file body.json"), JsonHelp("Print {\"valid\": true, \"timestamp\", \"ageSeconds\"}; an invalid signature is a failure document whose code says why (SIGNATURE_MALFORMED, SIGNATURE_MISMATCH, SIGNATURE_STALE).")]
    public async Task Verify([RequiredFlag] string? secret = null, [RequiredFlag] string? signature = null, string? payloadFile = null, long? tolerance = null, long? now = null, CancellationToken cancellationToken = default)
    {
        WebhooksVerifyCommand.Validate(secret, signature, now, tolerance, ArgumentNames.Flags);
        var payload = await WebhooksVerifyCommand.PayloadAsync(payloadFile, context.Terminal.In, cancellationToken);
        WebhooksVerifyCommand.Report(context, WebhooksVerifyCommand.Check(secret, signature, payload, now, tolerance, context.Time, ArgumentNames.Flags));
    }
}
