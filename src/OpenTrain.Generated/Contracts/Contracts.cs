namespace OpenTrain.Generated.Contracts;

/// <summary>GET /contracts.</summary>
public sealed record ContractListResponse(IReadOnlyList<Contract>? Contracts);

/// <summary>GET /contracts/{contractId}.</summary>
public sealed record ContractResponse(Contract? Contract);

/// <summary>A contract; <see cref="JobDmConversationId"/> and <see cref="Budget"/> come only from GET /contracts/{id}.</summary>
public sealed record Contract(
    string? Id, string? Status, string? Title, string? JobId, string? ProposalId, string? PaymentType,
    decimal? RateUsd, decimal? EstimatedTotalUsd, decimal? EstimatedVolume, bool? HasActiveMilestone,
    string? StartDate, string? EndDate, string? CreatedAt, string? UpdatedAt,
    ContractFreelancer? Freelancer, IReadOnlyList<Milestone>? Milestones,
    string? JobDmConversationId = null, ContractBudget? Budget = null);

public sealed record ContractFreelancer(string? UserId, string? DisplayName, string? Country, string? ProfilePath);

public sealed record ContractBudget(
    string? ContractId, string? PaymentType, string? State, decimal? FundedVolume, decimal? FundedAmountUsd,
    BudgetConsumption? Consumed, decimal? ConsumedVolume, decimal? RemainingVolume, decimal? ConsumedFraction,
    BudgetMilestone? ActiveMilestone, string? LastUsageAt);

public sealed record BudgetConsumption(decimal? Seconds, decimal? Hours, decimal? Labels, decimal? Tasks);

public sealed record BudgetMilestone(string? Id, string? Name, decimal? AmountUsd, decimal? Volume, string? Status);

/// <summary>
/// POST /contracts/{contractId}/end: 200 <c>{ok, contractId, status}</c> when it ended at once, or
/// 202 <c>{approval, message}</c> when funded milestones need a human to co-sign.
/// </summary>
public sealed record ContractEndResponse(bool? Ok, string? ContractId, string? Status, Approval? Approval, string? Message);
