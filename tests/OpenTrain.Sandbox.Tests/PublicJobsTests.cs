using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class PublicJobsTests
{
    [Test]
    public async Task Search_is_tokenless_with_cors_and_cache_headers()
    {
        await using var s = await Scenario.StartAsync();
        var reply = await s.Api.Get("/api/public/v1/jobs");
        await Assert.That(reply.Status).IsEqualTo(200);
        await Assert.That(reply["jobs"].AsArray().Count).IsEqualTo(3);
        await Assert.That(reply["nextCursor"]).IsNull();
        await Assert.That(reply.Str("generatedAt")).IsNotEmpty();
        await Assert.That(reply.Headers.GetValues("Access-Control-Allow-Origin").Single()).IsEqualTo("*");
        await Assert.That(reply.Headers.CacheControl!.ToString()).IsEqualTo("public, s-maxage=300, stale-while-revalidate=3600");
        var job = reply["jobs"][0]!;
        await Assert.That(job["companyName"]!.GetValue<string>()).IsEqualTo("Acme AI");
        await Assert.That(job["url"]!.GetValue<string>()).EndsWith($"{job["slug"]!.GetValue<string>()}-{job["id"]!.GetValue<string>()}");
    }

    [Test]
    public async Task Search_ignores_authorization_and_filters()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.PublishedJobAsync(account.Token);
        var withBadToken = await s.Api.Get("/api/public/v1/jobs?q=sentiment", "ot_pat_bogus_bogus");
        await Assert.That(withBadToken.Status).IsEqualTo(200);
        await Assert.That(withBadToken["jobs"].AsArray().Count).IsEqualTo(2);
        var byPay = await s.Api.Get("/api/public/v1/jobs?payType=PAY_PER_LABEL&language=Spanish");
        await Assert.That(byPay["jobs"].AsArray().Single()!["id"]!.GetValue<string>()).IsEqualTo(jobId);
        await Assert.That(byPay["jobs"][0]!["pay"]!["perLabelRate"]!.ToJsonString()).IsEqualTo("0.06");
        await Assert.That(byPay["jobs"][0]!["experienceLevel"]!.GetValue<string>()).IsEqualTo("Intermediate");
        var byCountry = await s.Api.Get("/api/public/v1/jobs?country=JP");
        await Assert.That(byCountry["jobs"].AsArray().Count).IsEqualTo(1);
    }

    [Test]
    public async Task Search_pages_with_a_cursor()
    {
        await using var s = await Scenario.StartAsync();
        var first = await s.Api.Get("/api/public/v1/jobs?limit=2");
        await Assert.That(first["jobs"].AsArray().Count).IsEqualTo(2);
        var next = await s.Api.Get("/api/public/v1/jobs?limit=2&cursor=" + first.Str("nextCursor"));
        await Assert.That(next["jobs"].AsArray().Count).IsEqualTo(1);
        await Assert.That(next["nextCursor"]).IsNull();
    }

    [Test]
    [Arguments("payType=HOURLY")]
    [Arguments("limit=0")]
    [Arguments("limit=500")]
    public async Task Search_rejects_bad_parameters(string query)
    {
        await using var s = await Scenario.StartAsync();
        await Expect.Envelope(await s.Api.Get("/api/public/v1/jobs?" + query), 400, "BAD_REQUEST");
    }

    [Test]
    public async Task Get_one_job_and_404_shapes()
    {
        await using var s = await Scenario.StartAsync();
        var listed = (await s.Api.Get("/api/public/v1/jobs"))["jobs"][0]!["id"]!.GetValue<string>();
        var one = await s.Api.Get($"/api/public/v1/jobs/{listed}");
        await Assert.That(one.Status).IsEqualTo(200);
        await Assert.That(one.Str("id")).IsEqualTo(listed);
        await Assert.That(one.Str("status")).IsEqualTo("OPEN");
        await Expect.Envelope(await s.Api.Get("/api/public/v1/jobs/job_nope"), 404, "NOT_FOUND");
        var account = s.Account();
        var draft = await s.DraftAsync(account.Token);
        await Expect.Envelope(await s.Api.Get($"/api/public/v1/jobs/{draft}"), 404, "NOT_FOUND");
        await Expect.Envelope(await s.Api.Get("/api/public/v1/jobs/" + new string('x', 65)), 400, "BAD_REQUEST");
    }

    [Test]
    public async Task Options_preflight_is_204_with_cors()
    {
        await using var s = await Scenario.StartAsync();
        var reply = await s.Api.Send(HttpMethod.Options, "/api/public/v1/jobs");
        await Assert.That(reply.Status).IsEqualTo(204);
        await Assert.That(reply.Headers.GetValues("Access-Control-Allow-Origin").Single()).IsEqualTo("*");
    }

    [Test]
    public async Task Facets_count_listed_jobs()
    {
        await using var s = await Scenario.StartAsync();
        var reply = await s.Api.Get("/api/public/v1/jobs/facets");
        await Assert.That(reply["totalJobs"].GetValue<int>()).IsEqualTo(3);
        await Assert.That(reply["payTypes"].AsArray().Count).IsEqualTo(3);
        await Assert.That(reply["countries"][0]!["count"]!.GetValue<int>()).IsEqualTo(1);
    }

    [Test]
    public async Task Changes_needs_since_and_reports_published_and_closed_jobs()
    {
        await using var s = await Scenario.StartAsync();
        await Expect.Envelope(await s.Api.Get("/api/public/v1/jobs/changes"), 400, "BAD_REQUEST");
        var since = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("O");
        var account = s.Account();
        var jobId = await s.PublishedJobAsync(account.Token);
        s.Control.AdvanceTime(TimeSpan.FromSeconds(1));
        await s.Api.Post($"/api/public/v1/jobs/{jobId}/close", null, account.Token);
        var reply = await s.Api.Get("/api/public/v1/jobs/changes?since=" + Uri.EscapeDataString(since));
        var change = reply["changes"].AsArray().Single(c => c!["jobId"]!.GetValue<string>() == jobId)!;
        await Assert.That(change["eventType"]!.GetValue<string>()).IsEqualTo("CLOSED");
    }

    [Test]
    public async Task Tokenless_endpoints_are_rate_limited_per_ip()
    {
        await using var s = await Scenario.StartAsync();
        s.Control.UpdateSettings(tokenlessRateLimitPerMinute: 2);
        await s.Api.Get("/api/public/v1/jobs");
        await s.Api.Get("/api/public/v1/jobs/facets");
        var limited = await s.Api.Get("/api/public/v1/jobs");
        await Expect.Envelope(limited, 429, "RATE_LIMITED");
        await Assert.That(limited.Headers.RetryAfter!.ToString()).IsEqualTo("60");
        s.Control.AdvanceTime(TimeSpan.FromMinutes(1));
        await Assert.That((await s.Api.Get("/api/public/v1/jobs")).Status).IsEqualTo(200);
    }
}
