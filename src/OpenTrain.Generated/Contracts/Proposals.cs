using System.Text.Json;

namespace OpenTrain.Generated.Contracts;

/// <summary>GET /jobs/{id}/proposals.</summary>
public sealed record ProposalListResponse(IReadOnlyList<Proposal>? Proposals, string? NextCursor);

/// <summary>GET /proposals/{proposalId}.</summary>
public sealed record ProposalEnvelope(Proposal? Proposal);

/// <summary>A proposal; the list omits the fields from <c>aiInterview</c> on.</summary>
public sealed record Proposal(
    string? Id, string? JobId, string? JobTitle, string? CreatedAt, string? UpdatedAt,
    ProposalStatus? Status, ProposalBid? Bid, ProposalCandidate? Candidate, ProposalMetrics? Metrics,
    ProposalInterview? AiInterview, ProposalVerification? Verification, JsonElement? OpenLabel, JsonElement? Contract);

public sealed record ProposalStatus(string? Raw, string? Label);

public sealed record ProposalBid(decimal? AmountUsd, string? Unit, decimal? LabelerHourlyRateUsd);

/// <summary>A masked candidate: first name and last initial only, never contact details.</summary>
public sealed record ProposalCandidate(
    string? Id, string? ProfileSlug, string? DisplayName, string? FirstName, string? LastNameInitial, string? ProfileTitle,
    string? ProfilePhotoUrl, string? CountryCode, string? Country, string? TalentType, decimal? HighestEarningsUsd, int? ReviewCount);

/// <summary>Scores on a scale the docs disagree about: shown as given.</summary>
public sealed record ProposalMetrics(decimal? InterviewScore, decimal? MatchScore);

public sealed record ProposalInterview(decimal? Score, string? Summary, bool? TranscriptAvailable);

public sealed record ProposalVerification(LocationVerification? Location, IdentityVerification? Identity);

public sealed record LocationVerification(string? Status, string? Method, string? CheckedAt);

public sealed record IdentityVerification(bool? Verified);

/// <summary>POST /proposals/{proposalId}/hire; the answer is an <see cref="ApprovalEnvelope"/>.</summary>
public sealed record HireProposalRequest(HireMilestone Milestone, bool? ConfirmNotAFit);

public sealed record HireMilestone(string? Name, string? Description, decimal Amount, string? DueDate);
