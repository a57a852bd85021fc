using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Drafts;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary><c>POST /job-drafts</c>, <c>PATCH /job-drafts/{jobId}</c>, <c>GET /job-drafts/capabilities</c>.</summary>
public static class JobDraftsEndpoints
{
    public static void Map(ApiRoutes api)
    {
        api.Post("/job-drafts", Create);
        api.Patch("/job-drafts/{jobId}", Update);
        api.Get("/job-drafts/capabilities", Capabilities);
    }

    private static ApiResponse Create(ApiRequest request)
    {
        var caller = request.Gate(Scopes.JobsWrite, Features.JobDrafting);
        var input = DraftImport.Read(request.JsonBody());
        var state = request.State;
        var account = caller.Account;
        if (input.IdempotencyKey is { } key && account.DraftIdempotencyKeys.TryGetValue(key, out var existingId) && state.Jobs.Find(existingId) is { } existing)
            return ApiResponse.Ok(JobViews.DraftCreated(state, existing));

        var job = state.Jobs.Add(new Job { Id = state.NewId("job"), AccountId = account.Id, CreatedAt = state.Now, UpdatedAt = state.Now, CompanyName = account.OrganizationName });
        foreach (var (k, v) in input.Parsed.Fields) job.Fields[k] = v?.DeepClone();
        job.Warnings.AddRange(input.Parsed.Warnings);
        job.UnmappedFields = input.Parsed.UnmappedFields;
        job.LowConfidenceFields = input.Parsed.LowConfidenceFields;
        job.ExternalId = input.ExternalId;
        job.IdempotencyKey = input.IdempotencyKey;
        if (input.IdempotencyKey is not null) account.DraftIdempotencyKeys[input.IdempotencyKey] = job.Id;
        return ApiResponse.Ok(JobViews.DraftCreated(state, job));
    }

    private static ApiResponse Update(ApiRequest request)
    {
        var caller = request.Gate(Scopes.JobsWrite, Features.JobDrafting);
        var patch = request.JsonBody();
        var job = JobsEndpoints.OwnJob(request, caller, request.Route("jobId"));
        DraftFields.ValidatePatch(patch);
        if (job.Status != JobStatuses.Draft)
            throw ApiException.Conflict($"Job {job.Id} is {job.Status}; only drafts can be edited here. Use PATCH /jobs/{job.Id} for live jobs.",
                new JsonObject { ["jobId"] = job.Id, ["status"] = job.Status, ["requiredStatus"] = JobStatuses.Draft });
        DraftFields.Apply(job, patch, request.Now);
        return ApiResponse.Ok(JobViews.DraftUpdated(request.State, job));
    }

    private static ApiResponse Capabilities(ApiRequest request)
    {
        var caller = request.Authenticate();
        caller.RequireFeature(Features.JobDrafting);
        var capabilities = new JsonObject();
        foreach (var (capability, feature) in Features.Capabilities)
            capabilities[capability] = request.State.FeatureEnabled(caller.Account, feature);
        return ApiResponse.Ok(new JsonObject
        {
            ["featureKey"] = Features.JobDrafting,
            ["namespace"] = "job-drafts",
            ["rolloutMode"] = "ALL",
            ["actorIsAdmin"] = false,
            ["capabilities"] = capabilities,
            ["draft"] = new JsonObject
            {
                ["importFormats"] = JsonValues.Strings(DraftFields.ImportFormats),
                ["updateKeys"] = JsonValues.Strings(DraftFields.UpdateKeys),
                ["enums"] = new JsonObject
                {
                    ["paymentType"] = JsonValues.Strings(DraftFields.PaymentTypes),
                    ["experienceLevel"] = JsonValues.Strings(DraftFields.ExperienceLevels),
                    ["dataVolumeUnit"] = JsonValues.Strings(DraftFields.DataVolumeUnits),
                },
            },
            ["authBootstrap"] = "token",
            ["enabled"] = true,
        });
    }
}
