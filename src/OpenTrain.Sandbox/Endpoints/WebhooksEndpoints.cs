using System.Net;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary>Webhook subscriptions (max 10 per account; secret shown once).</summary>
public static class WebhooksEndpoints
{
    public const int MaxSubscriptions = 10;
    public const string CreatedMessage = "Store the secret now — it is only returned once. Use it to verify the X-OpenTrain-Signature header on deliveries.";

    public static void Map(ApiRoutes api)
    {
        api.Post("/webhooks", Create);
        api.Get("/webhooks", List);
        api.Get("/webhooks/{webhookId}", Get);
        api.Delete("/webhooks/{webhookId}", Delete);
    }

    private static Caller Gate(ApiRequest request) => request.Gate(Scopes.WebhooksManage, Features.Webhooks);

    private static ApiResponse Create(ApiRequest request)
    {
        var caller = Gate(request);
        var fields = new BodyFields(request.JsonBody());
        var url = fields.Text("url", required: true, minLength: 1, maxLength: 2048);
        var types = fields.Strings("eventTypes", required: true);
        fields.ThrowIfInvalid();
        if (!IsAllowedUrl(url!)) throw ApiException.BadField("url", "url must be an absolute https URL (plain http only for localhost).");
        var eventTypes = types!.Distinct(StringComparer.Ordinal).ToList();
        if (eventTypes.Count == 0) throw ApiException.BadField("eventTypes", "eventTypes must not be empty.");
        var unknown = eventTypes.Where(t => !EventTypes.All.Contains(t)).ToList();
        if (unknown.Count > 0)
            throw ApiException.BadRequest($"Unknown event type(s): {string.Join(", ", unknown)}.", new JsonObject
            {
                ["field"] = "eventTypes",
                ["unknownEventTypes"] = JsonValues.Strings(unknown),
                ["supportedEventTypes"] = JsonValues.Strings(EventTypes.All),
            });
        caller.RequireScope(eventTypes.Select(EventTypes.RequiredScope).Distinct().ToArray());

        var state = request.State;
        if (state.Webhooks.All.Count(w => w.AccountId == caller.Account.Id) >= MaxSubscriptions)
            throw ApiException.ConflictReason("webhook_limit_reached", $"An account can have at most {MaxSubscriptions} webhook subscriptions.",
                new JsonObject { ["limit"] = MaxSubscriptions });
        var webhook = state.Webhooks.Add(new WebhookSubscription
        {
            Id = state.NewId("wh"),
            AccountId = caller.Account.Id,
            Url = url!,
            EventTypes = eventTypes,
            Secret = "whsec_" + SandboxState.RandomHex(16),
            StartAfterSequence = state.LastEventSequence,
            CreatedAt = state.Now,
        });
        return ApiResponse.Created(new JsonObject
        {
            ["webhook"] = WebhookViews.Webhook(webhook),
            ["secret"] = webhook.Secret,
            ["message"] = CreatedMessage,
        });
    }

    private static ApiResponse List(ApiRequest request)
    {
        var caller = Gate(request);
        var hooks = request.State.Webhooks.All.Where(w => w.AccountId == caller.Account.Id).Reverse().Select(w => (JsonNode?)WebhookViews.Webhook(w));
        return ApiResponse.Ok(new JsonObject { ["webhooks"] = JsonValues.Array(hooks) });
    }

    private static ApiResponse Get(ApiRequest request) => ApiResponse.Ok(new JsonObject { ["webhook"] = WebhookViews.Webhook(OwnWebhook(request, Gate(request))) });

    private static ApiResponse Delete(ApiRequest request)
    {
        var webhook = OwnWebhook(request, Gate(request));
        request.State.Webhooks.Remove(webhook.Id);
        webhook.Deleted = true;
        foreach (var d in request.State.Deliveries.All.Where(d => d.WebhookId == webhook.Id).ToList()) request.State.Deliveries.Remove(d.Id);
        return ApiResponse.Ok(new JsonObject { ["webhook"] = WebhookViews.Webhook(webhook), ["deleted"] = true });
    }

    private static WebhookSubscription OwnWebhook(ApiRequest request, Caller caller)
    {
        var id = request.Route("webhookId");
        var webhook = request.State.Webhooks.Find(id);
        if (webhook is null || webhook.AccountId != caller.Account.Id) throw ApiException.NotFoundResource("webhooks", "webhookId", id);
        return webhook;
    }

    public static bool IsAllowedUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && IsLoopback(uri)));

    public static bool IsLoopback(Uri uri) =>
        uri.IsLoopback || uri.Host == "localhost" || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
