using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.State;

/// <summary>A job: draft fields (keyed by the draft update keys) plus lifecycle.</summary>
public sealed class Job : IEntity
{
    public required string Id { get; init; }
    public required string AccountId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string Status { get; set; } = JobStatuses.Draft;
    public JsonObject Fields { get; } = [];
    public string? ExternalId { get; set; }
    public string? IdempotencyKey { get; set; }
    public DateTimeOffset? PublishedAt { get; set; }
    public DateTimeOffset? ClosedAt { get; set; }
    public bool EverPublished => PublishedAt is not null;
    public List<string> Warnings { get; } = [];
    public JsonArray UnmappedFields { get; set; } = [];
    public JsonArray LowConfidenceFields { get; set; } = [];

    /// <summary>Company name shown on the public listing.</summary>
    public string CompanyName { get; set; } = "Sandbox Employer";

    public string? Title => Fields["jobTitle"]?.GetValue<string>();
    public string? Description => Fields["jobDescription"]?.GetValue<string>();
}

public static class JobStatuses
{
    public const string Draft = "DRAFT";
    public const string Open = "OPEN";
    public const string Ongoing = "ONGOING";
    public const string Completed = "COMPLETED";
    public const string Archived = "ARCHIVED";
    public const string PendingApproval = "PENDING_APPROVAL";

    public static readonly IReadOnlyList<string> All = [Draft, Open, Ongoing, Completed, Archived, PendingApproval];
}
