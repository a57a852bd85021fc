using System.Text.Json;

namespace OpenTrain.Generated.Contracts;

/// <summary>POST /job-drafts in the <c>source</c> form.</summary>
public sealed record CreateJobDraftRequest(JobDraftSource Source);

public sealed record JobDraftSource(string Type, string Text, string? ExternalId, string? IdempotencyKey);

/// <summary>
/// The body of POST /job-drafts and PATCH /job-drafts/{jobId}; also the shape of a publish 400's
/// <c>details.validation</c> (only <c>validation</c> and <c>missingFields</c> there).
/// </summary>
public sealed record JobDraftResponse(
    bool? Ok, string? JobId, string? Status, string? DraftUrl, string? ReviewUrl,
    DraftValidation? Validation, IReadOnlyList<MissingField>? MissingFields,
    JsonElement? NormalizedFields, IReadOnlyList<JsonElement>? Warnings,
    IReadOnlyList<JsonElement>? UnmappedFields, IReadOnlyList<JsonElement>? LowConfidenceFields);

/// <summary>
/// Publish readiness. <c>missingFields</c> holds field objects (API reference) or bare field names
/// (posting guide), so it stays raw; <c>issues</c> items have no documented shape.
/// </summary>
public sealed record DraftValidation(
    bool? PublishReady, int? IssueCount, int? MissingFieldCount, JsonElement? MissingFields, IReadOnlyList<JsonElement>? Issues);

/// <summary>A field the draft still needs, with the question to ask and the keys that set it.</summary>
public sealed record MissingField(
    string? Field, string? Label, string? Message, string? Code, string? Prompt, string? Type,
    IReadOnlyList<string>? EnumValues, IReadOnlyList<string>? UpdateKeys, JsonElement? Example, string? Hint);

/// <summary>POST /jobs/{id}/publish.</summary>
public sealed record PublishJobResponse(
    bool? Ok, string? JobId, string? Status, bool? AlreadyPublished, string? JobUrl, string? PublishAttemptId,
    IReadOnlyList<JsonElement>? Warnings, JsonElement? SideEffects);

/// <summary>PATCH /jobs/{id}.</summary>
public sealed record UpdatePublishedJobResponse(bool? Ok, string? JobId, string? Status, JobModeration? Moderation);

public sealed record JobModeration(string? Decision, IReadOnlyList<JsonElement>? Reasons);

/// <summary>POST /jobs/{id}/close.</summary>
public sealed record CloseJobResponse(bool? Ok, string? JobId, string? Status, bool? AlreadyClosed);

/// <summary>GET /jobs/mine.</summary>
public sealed record MyJobsResponse(IReadOnlyList<MyJob>? Jobs, string? NextCursor);

public sealed record MyJob(
    string? Id, string? Title, string? Status, bool? Published, bool? AcceptingApplicants,
    string? CreatedAt, string? UpdatedAt, string? JobUrl, ProposalCounts? ProposalCounts);

public sealed record ProposalCounts(int? Total, int? Unreviewed);

/// <summary>GET /jobs (public marketplace search, tokenless).</summary>
public sealed record PublicJobSearchResponse(IReadOnlyList<PublicJob>? Jobs, string? NextCursor, string? GeneratedAt);

public sealed record PublicJob(
    string? Id, string? Slug, string? Title, string? CompanyName, string? Status, string? DatePosted, string? ValidThrough,
    IReadOnlyList<string>? Languages, IReadOnlyList<string>? Countries, string? Category, string? DataType,
    string? ExperienceLevel, PublicJobPay? Pay, string? Url, string? ApplyUrl)
{
    public string? DescriptionText { get; init; }
    public string? UpdatedAt { get; init; }
    public IReadOnlyList<string>? EmploymentTypes { get; init; }
    public IReadOnlyList<string>? LabelTypes { get; init; }
    public IReadOnlyList<string>? Skills { get; init; }
}

public sealed record PublicJobPay(
    string? PaymentType, string? Currency, decimal? HourlyRate, decimal? HourlyMin, decimal? HourlyMax,
    decimal? FixedPrice, decimal? PerLabelRate);

/// <summary>POST /jobs/{id}/invites.</summary>
public sealed record InviteFreelancerRequest(string FreelancerId);

public sealed record InviteFreelancerResponse(bool? Ok, string? ProposalId, string? JobId, string? FreelancerId, bool? AlreadyInvited);
