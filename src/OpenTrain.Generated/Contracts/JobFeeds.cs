namespace OpenTrain.Generated.Contracts;

/// <summary>GET /jobs/facets (tokenless): counts over the public marketplace, each list by count, highest first.</summary>
public sealed record JobFacetsResponse(
    int? TotalJobs, IReadOnlyList<JobFacet>? Categories, IReadOnlyList<JobFacet>? Languages, IReadOnlyList<JobFacet>? Countries,
    IReadOnlyList<JobFacet>? PayTypes, string? GeneratedAt);

public sealed record JobFacet(string? Value, int? Count);

/// <summary>GET /jobs/changes?since= (tokenless): the latest event per job in the window; <c>until</c> is the next <c>since</c>.</summary>
public sealed record JobChangesResponse(string? Since, string? Until, IReadOnlyList<JobChange>? Changes, string? GeneratedAt);

/// <summary><c>eventType</c> is <c>PUBLISHED</c>, <c>UPDATED</c> or <c>CLOSED</c>.</summary>
public sealed record JobChange(string? JobId, string? EventType, string? OccurredAt);
