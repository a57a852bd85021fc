namespace OpenTrain.Sandbox.State;

/// <summary>A funding invoice (surfaces in <c>GET /payments/pending</c> while <c>PENDING_FUNDING</c>).</summary>
public sealed class Invoice : IEntity
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required int Number { get; init; }
    public required decimal AmountUsd { get; init; }
    public required string JobId { get; init; }
    public required string ContractId { get; init; }
    public required string MilestoneId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public string Status { get; set; } = "PENDING_FUNDING";
}

/// <summary>A Stripe-Checkout credit top-up a human pays.</summary>
public sealed class TopUp : IEntity
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required long AmountCents { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public required string CheckoutUrl { get; init; }
    public string Status { get; set; } = "PENDING";
    public DateTimeOffset? CompletedAt { get; set; }
}

/// <summary>One credit ledger line (signed cents).</summary>
public sealed record LedgerEntry(
    string Id, string Type, long AmountCents, DateTimeOffset CreatedAt, string? HoldEntryId,
    string? JobofferId, string? ContractId, string? MilestoneId, string? TopUpId, string? Note) : IEntity;
