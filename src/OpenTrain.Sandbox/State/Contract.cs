namespace OpenTrain.Sandbox.State;

/// <summary>A contract created by a confirmed hire.</summary>
public sealed class Contract : IEntity
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string JobId { get; init; }
    public required string ProposalId { get; init; }
    public required string FreelancerId { get; init; }
    public required string Title { get; init; }
    public required string PaymentType { get; init; }
    public decimal? RateUsd { get; init; }
    public decimal? EstimatedTotalUsd { get; init; }
    public decimal? EstimatedVolume { get; init; }
    public string Status { get; set; } = "active";
    public required DateTimeOffset StartDate { get; init; }
    public DateTimeOffset? EndDate { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string? ConversationId { get; set; }
    public List<Milestone> Milestones { get; } = [];
    public decimal ConsumedHours { get; set; }
    public decimal ConsumedLabels { get; set; }
    public string BudgetState { get; set; } = "OK";
    public DateTimeOffset? LastUsageAt { get; set; }

    public bool IsActive => Status == "active";
}

public sealed class Milestone : IEntity
{
    public required string Id { get; init; }
    public required string ContractId { get; init; }
    public string? Name { get; init; }
    public required string Description { get; init; }
    public string Status { get; set; } = MilestoneStatuses.NotFunded;
    public required decimal AmountUsd { get; init; }
    public decimal? Volume { get; init; }
    public required int Number { get; init; }
    public DateTimeOffset? DueDate { get; init; }
    public string? InvoiceId { get; set; }
    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The HOLD ledger entry when escrow came from credits.</summary>
    public string? HoldEntryId { get; set; }

    public bool IsFunded => Status == MilestoneStatuses.ActiveFunded;
}

public static class MilestoneStatuses
{
    public const string NotFunded = "NOT_FUNDED";
    public const string ActiveFunded = "ACTIVE_FUNDED";
    public const string Paid = "PAID";
    public const string Refunded = "REFUNDED";
    public const string Cancelled = "CANCELLED";
}
