namespace OpenTrain.Generated.Contracts;

public sealed record Webhook(
    string? Id, string? Url, IReadOnlyList<string>? EventTypes, string? Status, string? CreatedAt, string? DisabledAt, string? DisabledReason);

/// <summary>POST /webhooks body.</summary>
public sealed record CreateWebhookRequest(string Url, IReadOnlyList<string> EventTypes);

/// <summary>POST /webhooks response: the only time the signing secret is ever returned.</summary>
public sealed record WebhookCreated(Webhook? Webhook, string? Secret, string? Message);

/// <summary>GET /webhooks.</summary>
public sealed record WebhookListResponse(IReadOnlyList<Webhook>? Webhooks);

/// <summary>GET /webhooks/{webhookId}, and DELETE (which adds <c>deleted</c>).</summary>
public sealed record WebhookResponse(Webhook? Webhook, bool? Deleted = null);

/// <summary>What <c>webhooks verify --json</c> prints (and the MCP tool returns) for a valid signature.</summary>
public sealed record SignatureVerified(bool Valid, long Timestamp, long AgeSeconds);
