using System.Text.Json.Nodes;
using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Jobs;

/// <summary>Job drafts, jobs and the public marketplace: the only place these requests are built.</summary>
internal sealed class JobsClient(ApiConnection connection)
{
    private static OpenTrainJsonContext Json => OpenTrainJson.Context;

    private static string Job(string id) => $"{ApiPaths.Public}/jobs/{ApiPaths.Segment(id)}";

    public Task<ApiResponse<JobDraftResponse>> CreateDraftAsync(string description, string? externalId, string? idempotencyKey, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Public}/job-drafts",
                new CreateJobDraftRequest(new JobDraftSource("text", description, externalId, idempotencyKey)), Json.CreateJobDraftRequest),
            Json.JobDraftResponse, cancellationToken);

    public Task<ApiResponse<JobDraftResponse>> UpdateDraftAsync(string jobId, JsonObject fields, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Json(HttpMethod.Patch, $"{ApiPaths.Public}/job-drafts/{ApiPaths.Segment(jobId)}", fields, Json.JsonObject),
            Json.JobDraftResponse, cancellationToken);

    public Task<ApiResponse<PublishJobResponse>> PublishAsync(string jobId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Post($"{Job(jobId)}/publish"), Json.PublishJobResponse, cancellationToken);

    public Task<ApiResponse<UpdatePublishedJobResponse>> UpdatePublishedAsync(string jobId, JsonObject fields, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Json(HttpMethod.Patch, Job(jobId), fields, Json.JsonObject), Json.UpdatePublishedJobResponse, cancellationToken);

    public Task<ApiResponse<CloseJobResponse>> CloseAsync(string jobId, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Post($"{Job(jobId)}/close"), Json.CloseJobResponse, cancellationToken);

    public Task<ApiResponse<MyJobsResponse>> ListMineAsync(string? status, Cli.PageOptions page, CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/jobs/mine", [new("status", status), .. page.Query]), Json.MyJobsResponse, cancellationToken);

    /// <summary>Tokenless: the Authorization header is never sent, even when a token is configured.</summary>
    public Task<ApiResponse<PublicJobSearchResponse>> SearchAsync(JobSearchFilters filters, Cli.PageOptions page, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Get($"{ApiPaths.Public}/jobs",
                [new("q", filters.Query), new("language", filters.Language), new("country", filters.Country), new("payType", filters.PayType), .. page.Query])
                with { Authenticated = false },
            Json.PublicJobSearchResponse, cancellationToken);

    public Task<ApiResponse<InviteFreelancerResponse>> InviteAsync(string jobId, string freelancerId, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Json(HttpMethod.Post, $"{Job(jobId)}/invites", new InviteFreelancerRequest(freelancerId), Json.InviteFreelancerRequest),
            Json.InviteFreelancerResponse, cancellationToken);
}

internal sealed record JobSearchFilters(string? Query, string? Language, string? Country, string? PayType);
