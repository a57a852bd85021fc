namespace OpenTrain.Sandbox.State;

/// <summary>A webhook subscription and its delivery health.</summary>
public sealed class WebhookSubscription : IEntity
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyList<string> EventTypes { get; init; }
    public required string Secret { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string Status { get; set; } = "ACTIVE";
    public DateTimeOffset? DisabledAt { get; set; }
    public string? DisabledReason { get; set; }
    public int ConsecutiveFailures { get; set; }
    public bool Deleted { get; set; }

    /// <summary>No backfill: only events after this sequence are delivered.</summary>
    public long StartAfterSequence { get; init; }
}

/// <summary>What the sandbox did with one (webhook, event) pair; read via <c>GET /_sandbox/webhook-deliveries</c>.</summary>
public sealed class WebhookDelivery : IEntity
{
    public required string Id { get; init; }
    public required string WebhookId { get; init; }
    public required string EventId { get; init; }
    public required string EventType { get; init; }
    public string Status { get; set; } = "pending";
    public int Attempts { get; set; }
    public int? LastStatusCode { get; set; }
    public string? LastError { get; set; }
}
