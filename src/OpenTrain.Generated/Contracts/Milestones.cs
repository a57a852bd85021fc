namespace OpenTrain.Generated.Contracts;

public sealed record Milestone(
    string? Id, string? Name, string? Description, string? Status, decimal? AmountUsd, decimal? Volume,
    int? MilestoneNumber, string? DueDate, bool? PendingApproval, bool? NeedsReview, string? InvoiceId, string? CreatedAt);

/// <summary>POST /contracts/{contractId}/milestones body; absent fields are omitted.</summary>
public sealed record CreateMilestoneRequest(string Description, string? Name, decimal? AmountUsd, decimal? Volume, string? DueDate);

/// <summary>201 of POST /contracts/{contractId}/milestones.</summary>
public sealed record MilestoneResponse(Milestone? Milestone);
