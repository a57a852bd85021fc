using System.Text.Json.Nodes;
using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Jobs;

/// <summary>Job drafts, jobs and the public marketplace: the only place these requests are built.</summary>
internal static class JobsRequests
{
    private static OpenTrainJsonContext Json => OpenTrainJson.Context;

    private static string Job(string id) => $"{ApiPaths.Public}/jobs/{ApiPaths.Segment(id)}";

    public static ApiCall<JobDraftResponse> CreateDraft(string description, string? externalId, string? idempotencyKey) =>
        ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Public}/job-drafts",
                new CreateJobDraftRequest(new JobDraftSource("text", description, externalId, idempotencyKey)), Json.CreateJobDraftRequest).Returning<JobDraftResponse>();

    /// <summary>Which public-API features the account has (any valid token).</summary>
    public static ApiCall<CapabilitiesResponse> Capabilities() => ApiRequest.Get($"{ApiPaths.Public}/job-drafts/capabilities").Returning<CapabilitiesResponse>();

    public static ApiCall<JobDraftResponse> UpdateDraft(string jobId, JsonObject fields) => ApiRequest.Json(HttpMethod.Patch, $"{ApiPaths.Public}/job-drafts/{ApiPaths.Segment(jobId)}", fields, Json.JsonObject).Returning<JobDraftResponse>();

    public static ApiCall<PublishJobResponse> Publish(string jobId) => ApiRequest.Post($"{Job(jobId)}/publish").Returning<PublishJobResponse>();

    public static ApiCall<UpdatePublishedJobResponse> UpdatePublished(string jobId, JsonObject fields) => ApiRequest.Json(HttpMethod.Patch, Job(jobId), fields, Json.JsonObject).Returning<UpdatePublishedJobResponse>();

    public static ApiCall<CloseJobResponse> Close(string jobId) => ApiRequest.Post($"{Job(jobId)}/close").Returning<CloseJobResponse>();

    public static ApiCall<MyJobsResponse> ListMine(string? status, Toolkit.PageOptions page) => ApiRequest.Get($"{ApiPaths.Public}/jobs/mine", [new("status", status), .. page.Query]).Returning<MyJobsResponse>();

    /// <summary>Tokenless: the Authorization header is never sent, even when a token is configured.</summary>
    public static ApiCall<PublicJobSearchResponse> Search(JobSearchFilters filters, Toolkit.PageOptions page) =>
        (ApiRequest.Get($"{ApiPaths.Public}/jobs",
                [new("q", filters.Query), new("language", filters.Language), new("country", filters.Country), new("payType", filters.PayType), .. page.Query])
                with { Authenticated = false }).Returning<PublicJobSearchResponse>();

    /// <summary>Tokenless: one public job, not wrapped.</summary>
    public static ApiCall<PublicJob> GetPublic(string jobId) => (ApiRequest.Get(Job(jobId)) with { Authenticated = false }).Returning<PublicJob>();

    /// <summary>Tokenless: counts per category, language, country and pay type.</summary>
    public static ApiCall<JobFacetsResponse> Facets() => (ApiRequest.Get($"{ApiPaths.Public}/jobs/facets") with { Authenticated = false }).Returning<JobFacetsResponse>();

    /// <summary>The most changes one <c>GET /jobs/changes</c> returns.</summary>
    public const int MaxChangesPerCall = 5000;

    /// <summary>Tokenless: the change feed since an ISO time.</summary>
    public static ApiCall<JobChangesResponse> Changes(string since) => (ApiRequest.Get($"{ApiPaths.Public}/jobs/changes", [new("since", since)]) with { Authenticated = false }).Returning<JobChangesResponse>();

    public static ApiCall<InviteFreelancerResponse> Invite(string jobId, string freelancerId) => ApiRequest.Json(HttpMethod.Post, $"{Job(jobId)}/invites", new InviteFreelancerRequest(freelancerId), Json.InviteFreelancerRequest).Returning<InviteFreelancerResponse>();
}

internal sealed record JobSearchFilters(string? Query, string? Language, string? Country, string? PayType);
