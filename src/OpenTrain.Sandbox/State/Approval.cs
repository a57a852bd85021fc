using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.State;

/// <summary>A human co-sign request (hire, fund, release, contract end).</summary>
public sealed class Approval : IEntity
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required string RequestedByTokenId { get; init; }
    public required string Type { get; init; }
    public string Status { get; set; } = ApprovalStatuses.Pending;
    public string? ContractId { get; set; }
    public string? MilestoneId { get; init; }
    public required string JobId { get; init; }
    public string? ProposalId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public DateTimeOffset? ResolvedAt { get; set; }
    public JsonObject? Result { get; set; }

    /// <summary>First-milestone terms of a <c>proposal_hire</c>.</summary>
    public MilestoneTerms? HireTerms { get; init; }

    public bool IsPending => Status == ApprovalStatuses.Pending;
}

public sealed record MilestoneTerms(string? Name, string? Description, decimal Amount, DateTimeOffset? DueDate);

public static class ApprovalTypes
{
    public const string ProposalHire = "proposal_hire";
    public const string MilestoneFund = "milestone_fund";
    public const string MilestoneApprove = "milestone_approve";
    public const string ContractEnd = "contract_end";
}

public static class ApprovalStatuses
{
    public const string Pending = "pending";
    public const string Confirmed = "confirmed";
    public const string Declined = "declined";
    public const string Expired = "expired";
}
