using System.Text.Json;

namespace OpenTrain.Generated.Contracts;

/// <summary>A human co-sign request (hire, fund, release, contract end).</summary>
public sealed record Approval(
    string? Id, string? Type, string? Status, string? ContractId, string? MilestoneId, string? JobId, string? ProposalId,
    string? ApprovalUrl, string? ExpiresAt, string? ResolvedAt, JsonElement? Result, string? CreatedAt);

/// <summary>The 202 body of money-moving calls, and the body of GET /approvals/{id}.</summary>
public sealed record ApprovalEnvelope(Approval? Approval, string? Message);
