using System.Globalization;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Drafts;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary>Tokenless marketplace: search, one job, facets, changes. CORS <c>*</c>, edge-cache headers, 120/min/IP.</summary>
public static class PublicJobsEndpoints
{
    public static void Map(ApiRoutes api)
    {
        api.Get("/jobs", Search);
        api.Get("/jobs/facets", Facets);
        api.Get("/jobs/changes", Changes);
        api.Get("/jobs/{id}", GetOne);
        foreach (var pattern in new[] { "/jobs", "/jobs/facets", "/jobs/changes", "/jobs/{id}" })
            api.Map("OPTIONS", pattern, Preflight);
    }

    private static ApiResponse Preflight(ApiRequest request)
    {
        AddCors(request.Http);
        return new ApiResponse(204, null);
    }

    /// <summary>CORS and cache headers, then the per-IP rate limit.</summary>
    private static void Tokenless(ApiRequest request)
    {
        AddCors(request.Http);
        request.Http.Response.Headers.CacheControl = "public, s-maxage=300, stale-while-revalidate=3600";
        var ip = request.Http.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        var hits = request.State.TokenlessHits.TryGetValue(ip, out var list) ? list : request.State.TokenlessHits[ip] = [];
        hits.RemoveAll(t => t <= request.Now.AddMinutes(-1));
        if (hits.Count >= request.State.Settings.TokenlessRateLimitPerMinute)
        {
            request.Http.Response.Headers.RetryAfter = "60";
            throw new ApiException(429, "Too many requests; slow down.", new JsonObject { ["retryAfterSeconds"] = 60 });
        }
        hits.Add(request.Now);
    }

    private static void AddCors(HttpContext http)
    {
        http.Response.Headers.AccessControlAllowOrigin = "*";
        http.Response.Headers.AccessControlAllowMethods = "GET, OPTIONS";
        http.Response.Headers.AccessControlAllowHeaders = "*";
    }

    private static IEnumerable<Job> Listed(SandboxState state) =>
        state.Jobs.All.Where(j => j.Status == JobStatuses.Open).OrderByDescending(j => j.PublishedAt).ThenByDescending(j => j.Id, StringComparer.Ordinal);

    private static ApiResponse Search(ApiRequest request)
    {
        Tokenless(request);
        var payType = request.Query("payType");
        if (payType is not null && !DraftFields.PaymentTypes.Contains(payType))
            throw ApiException.BadRequest($"Unknown payType '{payType}'.", new JsonObject { ["field"] = "payType", ["supportedPayTypes"] = JsonValues.Strings(DraftFields.PaymentTypes) });
        var limit = Pagination.Limit(request, 20, 100);
        var q = request.Query("q");
        var language = request.Query("language");
        var country = request.Query("country");
        var jobs = Listed(request.State).Where(j =>
            (q is null || (j.Title ?? "").Contains(q, StringComparison.OrdinalIgnoreCase) || (j.Description ?? "").Contains(q, StringComparison.OrdinalIgnoreCase))
            && (payType is null || j.Fields["paymentType"]?.GetValue<string>() == payType)
            && (language is null || Has(j.Fields["languages"], language))
            && (country is null || Has(j.Fields["countries"], country))).ToList();
        var (page, next) = Pagination.Page(jobs, j => j.Id, request.Query("cursor"), limit);
        return ApiResponse.Ok(new JsonObject
        {
            ["jobs"] = JsonValues.Array(page.Select(j => (JsonNode?)JobViews.PublicJob(request.State, j))),
            ["nextCursor"] = next,
            ["generatedAt"] = JsonValues.Iso(request.Now),
        });
    }

    private static bool Has(JsonNode? array, string value) =>
        array is JsonArray a && a.Any(x => string.Equals(x?.GetValue<string>(), value, StringComparison.OrdinalIgnoreCase));

    private static ApiResponse GetOne(ApiRequest request)
    {
        Tokenless(request);
        var id = request.Route("id");
        if (id.Length is 0 or > 64) throw ApiException.BadField("id", "id must be 1-64 characters.");
        var job = request.State.Jobs.Find(id);
        if (job is { Status: JobStatuses.Open }) return ApiResponse.Ok(JobViews.PublicJob(request.State, job));
        if (job is { EverPublished: true }) return new ApiResponse(404, new JsonObject { ["id"] = job.Id, ["status"] = "closed" });
        throw ApiException.NotFound($"No such job: {id}", new JsonObject { ["resource"] = "jobs", ["jobId"] = id });
    }

    private static ApiResponse Facets(ApiRequest request)
    {
        Tokenless(request);
        var jobs = Listed(request.State).ToList();
        return ApiResponse.Ok(new JsonObject
        {
            ["totalJobs"] = jobs.Count,
            ["categories"] = Counts(jobs.Select(j => JobViews.PublicJob(request.State, j)["category"]!.GetValue<string>())),
            ["languages"] = Counts(jobs.SelectMany(j => Strings(j.Fields["languages"]))),
            ["countries"] = Counts(jobs.SelectMany(j => Strings(j.Fields["countries"]))),
            ["payTypes"] = Counts(jobs.Select(j => j.Fields["paymentType"]?.GetValue<string>() ?? "UNKNOWN")),
            ["generatedAt"] = JsonValues.Iso(request.Now),
        });
    }

    private static IEnumerable<string> Strings(JsonNode? node) => node is JsonArray a ? a.Select(x => x!.GetValue<string>()) : [];

    private static JsonArray Counts(IEnumerable<string> values) => JsonValues.Array(values.GroupBy(v => v)
        .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => (JsonNode?)new JsonObject { ["value"] = g.Key, ["count"] = g.Count() }));

    private static ApiResponse Changes(ApiRequest request)
    {
        Tokenless(request);
        var sinceRaw = request.Query("since");
        if (sinceRaw is null || !DateTimeOffset.TryParse(sinceRaw, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var since))
            throw ApiException.BadField("since", "since is required and must be an ISO 8601 timestamp.");
        var until = request.Now;
        var changes = request.State.Jobs.All.Where(j => j.EverPublished)
            .Select(j => j.ClosedAt is { } closed ? ("CLOSED", closed)
                : j.UpdatedAt > j.PublishedAt ? ("UPDATED", j.UpdatedAt) : ("PUBLISHED", j.PublishedAt!.Value))
            .Zip(request.State.Jobs.All.Where(j => j.EverPublished), (c, j) => (Job: j, Type: c.Item1, At: c.Item2))
            .Where(c => c.At > since && c.At <= until).OrderBy(c => c.At).Take(5000)
            .Select(c => (JsonNode?)new JsonObject { ["jobId"] = c.Job.Id, ["eventType"] = c.Type, ["occurredAt"] = JsonValues.Iso(c.At) });
        return ApiResponse.Ok(new JsonObject
        {
            ["since"] = JsonValues.Iso(since),
            ["until"] = JsonValues.Iso(until),
            ["changes"] = JsonValues.Array(changes),
            ["generatedAt"] = JsonValues.Iso(request.Now),
        });
    }
}
