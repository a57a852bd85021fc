using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Domain;
using OpenTrain.Sandbox.Drafts;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary>Own jobs: publish, edit live, close, list.</summary>
public static class JobsEndpoints
{
    public const int ClaimedPublishesPerDay = 20;
    public const int UnclaimedPublishesPerDay = 3;

    public static void Map(ApiRoutes api)
    {
        api.Post("/jobs/{id}/publish", Publish);
        api.Patch("/jobs/{id}", UpdatePublished);
        api.Post("/jobs/{id}/close", Close);
        api.Get("/jobs/mine", ListMine);
    }

    /// <summary>The caller's job, or 404 (unknown and other accounts' jobs look the same).</summary>
    public static Job OwnJob(ApiRequest request, Caller caller, string id)
    {
        var job = request.State.Jobs.Find(id);
        if (job is null || job.AccountId != caller.Account.Id)
            throw ApiException.NotFound($"No such job: {id}", new JsonObject { ["jobId"] = id });
        return job;
    }

    private static ApiResponse Publish(ApiRequest request)
    {
        var caller = request.Gate(Scopes.JobsWrite, Features.JobPublishing);
        var state = request.State;
        var job = OwnJob(request, caller, request.Route("id"));
        if (job.Status == JobStatuses.Open) return ApiResponse.Ok(PublishBody(state, job, alreadyPublished: true, attemptId: null));
        if (job.Status != JobStatuses.Draft)
            throw ApiException.Conflict($"Job {job.Id} is {job.Status} and cannot be published.",
                new JsonObject { ["jobId"] = job.Id, ["status"] = job.Status, ["requiredStatus"] = JobStatuses.Draft });
        if (!DraftFields.IsPublishReady(job.Fields))
            throw ApiException.BadRequest("The draft is not ready to publish; fill the missing fields first.",
                new JsonObject { ["validation"] = DraftFields.Validation(job.Fields) });

        var account = caller.Account;
        account.Publishes.RemoveAll(t => t <= request.Now.AddHours(-24));
        var limit = account.Claimed ? ClaimedPublishesPerDay : UnclaimedPublishesPerDay;
        if (account.Publishes.Count >= limit)
            throw new ApiException(429, $"Publish limit reached ({limit} per 24 hours).", new JsonObject { ["limit"] = limit, ["windowHours"] = 24 });

        var reasons = Moderation.Reasons(job.Fields);
        if (reasons.Count > 0)
            throw ApiException.Forbidden("The job was blocked by content moderation.",
                new JsonObject { ["reason"] = "moderation_blocked", ["reasons"] = JsonValues.Strings(reasons) });

        account.Publishes.Add(request.Now);
        job.Status = JobStatuses.Open;
        job.PublishedAt = request.Now;
        job.ClosedAt = null;
        job.UpdatedAt = request.Now;
        ProposalArrivals.OnPublish(state, job);
        return ApiResponse.Ok(PublishBody(state, job, alreadyPublished: false, attemptId: state.NewId("pub")));
    }

    private static JsonObject PublishBody(SandboxState state, Job job, bool alreadyPublished, string? attemptId) => new()
    {
        ["ok"] = true,
        ["jobId"] = job.Id,
        ["status"] = job.Status,
        ["alreadyPublished"] = alreadyPublished,
        ["jobUrl"] = JobViews.JobUrl(state, job),
        ["publishAttemptId"] = attemptId,
        ["warnings"] = new JsonArray(),
        ["sideEffects"] = new JsonObject { ["dispatched"] = !alreadyPublished, ["status"] = alreadyPublished ? "skipped" : "queued" },
    };

    private static ApiResponse UpdatePublished(ApiRequest request)
    {
        var caller = request.Gate(Scopes.JobsWrite, Features.JobPublishing);
        var patch = request.JsonBody();
        var job = OwnJob(request, caller, request.Route("id"));
        DraftFields.ValidatePatch(patch);
        if (job.Status != JobStatuses.Open)
            throw ApiException.Conflict(job.Status == JobStatuses.Draft
                    ? $"Job {job.Id} is a draft; edit it with PATCH /job-drafts/{job.Id}."
                    : $"Job {job.Id} is {job.Status}; only OPEN jobs can be edited.",
                new JsonObject { ["jobId"] = job.Id, ["status"] = job.Status, ["requiredStatus"] = JobStatuses.Open });

        DraftFields.Apply(job, patch, request.Now);
        var reasons = Moderation.Reasons(job.Fields);
        if (reasons.Count > 0)
        {
            job.Status = JobStatuses.Draft;
            throw ApiException.Conflict("The edit was saved but failed moderation; the job is back to DRAFT.", new JsonObject
            {
                ["jobId"] = job.Id,
                ["reason"] = "moderation_blocked",
                ["reasons"] = JsonValues.Strings(reasons),
                ["status"] = JobStatuses.Draft,
            });
        }
        return ApiResponse.Ok(new JsonObject
        {
            ["ok"] = true,
            ["jobId"] = job.Id,
            ["status"] = job.Status,
            ["moderation"] = new JsonObject { ["decision"] = "ALLOW", ["reasons"] = new JsonArray() },
        });
    }

    private static ApiResponse Close(ApiRequest request)
    {
        var caller = request.Gate(Scopes.JobsWrite, Features.JobPublishing);
        var job = OwnJob(request, caller, request.Route("id"));
        var already = job.Status == JobStatuses.Archived;
        if (!already)
        {
            job.Status = JobStatuses.Archived;
            job.ClosedAt = request.Now;
            job.UpdatedAt = request.Now;
        }
        return ApiResponse.Ok(new JsonObject { ["ok"] = true, ["jobId"] = job.Id, ["status"] = job.Status, ["alreadyClosed"] = already });
    }

    private static ApiResponse ListMine(ApiRequest request)
    {
        var caller = request.Gate(Scopes.JobsRead);
        var status = request.Query("status");
        if (status is not null && !JobStatuses.All.Contains(status))
            throw ApiException.BadRequest($"Unknown status '{status}'.",
                new JsonObject { ["field"] = "status", ["supportedStatuses"] = JsonValues.Strings(JobStatuses.All) });
        var limit = Pagination.Limit(request, 25, 100);
        var jobs = request.State.Jobs.All.Where(j => j.AccountId == caller.Account.Id && (status is null || j.Status == status)).Reverse().ToList();
        var (page, next) = Pagination.Page(jobs, j => j.Id, request.Query("cursor"), limit);
        return ApiResponse.Ok(new JsonObject
        {
            ["jobs"] = JsonValues.Array(page.Select(j => (JsonNode?)JobViews.MineItem(request.State, j))),
            ["nextCursor"] = next,
        });
    }
}
