using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class JobsTests
{
    [Test]
    public async Task Publish_opens_the_job_and_seeded_candidates_apply()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.DraftAsync(account.Token);
        var reply = await s.Api.Post($"/api/public/v1/jobs/{jobId}/publish", null, account.Token);

        await Assert.That(reply.Status).IsEqualTo(200);
        await Assert.That(reply.Str("status")).IsEqualTo("OPEN");
        await Assert.That(reply["alreadyPublished"].GetValue<bool>()).IsFalse();
        await Assert.That(reply.Str("jobUrl")).IsEqualTo($"{s.Host.BaseUrl}/jobs/{jobId}");
        await Assert.That(reply["sideEffects"]["status"]!.GetValue<string>()).IsEqualTo("queued");

        var proposals = await s.Api.Get($"/api/public/v1/jobs/{jobId}/proposals", account.Token);
        await Assert.That(proposals["proposals"].AsArray().Count).IsEqualTo(3);
        var events = await s.Api.Get("/api/public/v1/updates", account.Token);
        await Assert.That(events["events"].AsArray().Count(e => e!["type"]!.GetValue<string>() == "proposal.received")).IsEqualTo(3);

        var again = await s.Api.Post($"/api/public/v1/jobs/{jobId}/publish", null, account.Token);
        await Assert.That(again.Status).IsEqualTo(200);
        await Assert.That(again["alreadyPublished"].GetValue<bool>()).IsTrue();
        await Assert.That((await s.Api.Get($"/api/public/v1/jobs/{jobId}/proposals", account.Token))["proposals"].AsArray().Count).IsEqualTo(3);
    }

    [Test]
    public async Task Publishing_an_incomplete_draft_is_400_with_the_validation()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.DraftAsync(account.Token, "Translate things\nSome translation work.");
        var details = await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{jobId}/publish", null, account.Token), 400, "BAD_REQUEST");
        await Assert.That(details!["validation"]!["publishReady"]!.GetValue<bool>()).IsFalse();
        await Assert.That(details["validation"]!["missingFields"]!.AsArray().Count).IsGreaterThan(0);
    }

    [Test]
    public async Task Unclaimed_accounts_publish_three_jobs_a_day()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.UnclaimedAccount();
        for (var i = 0; i < 3; i++) await s.PublishedJobAsync(account.Token);
        var jobId = await s.DraftAsync(account.Token);
        var details = await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{jobId}/publish", null, account.Token), 429, "RATE_LIMITED");
        await Assert.That(details!["limit"]!.GetValue<int>()).IsEqualTo(3);
        await Assert.That(details["windowHours"]!.GetValue<int>()).IsEqualTo(24);
        s.Control.AdvanceTime(TimeSpan.FromHours(24));
        await Assert.That((await s.Api.Post($"/api/public/v1/jobs/{jobId}/publish", null, account.Token)).Status).IsEqualTo(200);
    }

    [Test]
    public async Task Moderation_blocks_publish_with_403()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.DraftAsync(account.Token, Scenario.CompleteDescription + " moderation-block");
        var details = await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{jobId}/publish", null, account.Token), 403, "FORBIDDEN", "moderation_blocked");
        await Assert.That(details!["reasons"]!.AsArray().Count).IsEqualTo(1);
    }

    [Test]
    public async Task Editing_a_live_job_is_moderated_and_a_block_sends_it_back_to_draft()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.PublishedJobAsync(account.Token);
        var ok = await s.Api.Patch($"/api/public/v1/jobs/{jobId}", new JsonObject { ["headcount"] = 8 }, account.Token);
        await Assert.That(ok.Status).IsEqualTo(200);
        await Assert.That(ok["moderation"]["decision"]!.GetValue<string>()).IsEqualTo("ALLOW");

        var blocked = await s.Api.Patch($"/api/public/v1/jobs/{jobId}", new JsonObject { ["jobTitle"] = "moderation-block title" }, account.Token);
        var details = await Expect.Envelope(blocked, 409, "CONFLICT", "moderation_blocked");
        await Assert.That(details!["status"]!.GetValue<string>()).IsEqualTo("DRAFT");
        var mine = await s.Api.Get("/api/public/v1/jobs/mine", account.Token);
        await Assert.That(mine["jobs"][0]!["status"]!.GetValue<string>()).IsEqualTo("DRAFT");
        await Assert.That(mine["jobs"][0]!["title"]!.GetValue<string>()).IsEqualTo("moderation-block title");

        var notOpen = await Expect.Envelope(await s.Api.Patch($"/api/public/v1/jobs/{jobId}", new JsonObject { ["headcount"] = 2 }, account.Token), 409, "CONFLICT");
        await Assert.That(notOpen!["requiredStatus"]!.GetValue<string>()).IsEqualTo("OPEN");
        await Assert.That(notOpen["status"]!.GetValue<string>()).IsEqualTo("DRAFT");
    }

    [Test]
    public async Task Close_is_idempotent_and_unlists_the_job()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.PublishedJobAsync(account.Token);
        var first = await s.Api.Post($"/api/public/v1/jobs/{jobId}/close", null, account.Token);
        await Assert.That(first.Str("status")).IsEqualTo("ARCHIVED");
        await Assert.That(first["alreadyClosed"].GetValue<bool>()).IsFalse();
        var second = await s.Api.Post($"/api/public/v1/jobs/{jobId}/close", null, account.Token);
        await Assert.That(second.Status).IsEqualTo(200);
        await Assert.That(second["alreadyClosed"].GetValue<bool>()).IsTrue();
        var publicView = await s.Api.Get($"/api/public/v1/jobs/{jobId}");
        await Assert.That(publicView.Status).IsEqualTo(404);
        await Assert.That(publicView.Raw).IsEqualTo($"{{\"id\":\"{jobId}\",\"status\":\"closed\"}}");
    }

    [Test]
    public async Task Publishing_needs_the_publishing_flag_and_an_owned_job()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.DraftAsync(account.Token);
        await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{jobId}/publish", null, s.Account().Token), 404, "NOT_FOUND");
        s.Control.SetFeature("public_api_job_publishing", false, account.AccountId);
        var details = await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{jobId}/publish", null, account.Token), 403, "FORBIDDEN");
        await Assert.That(details!["featureKey"]!.GetValue<string>()).IsEqualTo("public_api_job_publishing");
        await Expect.Envelope(await s.Api.Post($"/api/public/v1/jobs/{jobId}/close", null, account.Token), 403, "FORBIDDEN");
    }

    [Test]
    public async Task Mine_lists_newest_first_with_cursor_pages()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var ids = new List<string>();
        for (var i = 0; i < 3; i++) ids.Add(await s.DraftAsync(account.Token));
        var open = await s.PublishedJobAsync(account.Token);

        var page1 = await s.Api.Get("/api/public/v1/jobs/mine?limit=2", account.Token);
        await Assert.That(page1.Status).IsEqualTo(200);
        await Assert.That(page1["jobs"][0]!["id"]!.GetValue<string>()).IsEqualTo(open);
        await Assert.That(page1["jobs"][0]!["proposalCounts"]!["total"]!.GetValue<int>()).IsEqualTo(3);
        await Assert.That(page1["jobs"][0]!["published"]!.GetValue<bool>()).IsTrue();
        var cursor = page1.Str("nextCursor");
        var page2 = await s.Api.Get($"/api/public/v1/jobs/mine?limit=2&cursor={cursor}", account.Token);
        await Assert.That(string.Join(",", page2["jobs"].AsArray().Select(j => j!["id"]!.GetValue<string>()))).IsEqualTo($"{ids[1]},{ids[0]}");
        await Assert.That(page2["nextCursor"]).IsNull();

        var drafts = await s.Api.Get("/api/public/v1/jobs/mine?status=DRAFT", account.Token);
        await Assert.That(drafts["jobs"].AsArray().Count).IsEqualTo(3);
        var defaultPage = await s.Api.Get("/api/public/v1/jobs/mine", account.Token);
        await Assert.That(defaultPage["jobs"].AsArray().Count).IsEqualTo(4);
    }

    [Test]
    [Arguments("limit=0", "limit")]
    [Arguments("limit=101", "limit")]
    [Arguments("limit=ten", "limit")]
    [Arguments("status=LIVE", "status")]
    [Arguments("cursor=nope", "cursor")]
    public async Task Mine_validates_its_query(string query, string field)
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var details = await Expect.Envelope(await s.Api.Get("/api/public/v1/jobs/mine?" + query, account.Token), 400, "BAD_REQUEST");
        await Assert.That(details!["field"]!.GetValue<string>()).IsEqualTo(field);
        if (field == "status") await Assert.That(details["supportedStatuses"]!.AsArray().Count).IsEqualTo(6);
    }

    [Test]
    public async Task Mine_needs_jobs_read()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account("proposals:read");
        var details = await Expect.Envelope(await s.Api.Get("/api/public/v1/jobs/mine", account.Token), 403, "FORBIDDEN");
        await Expect.Strings(details!["requiredScopes"], "jobs:read");
    }
}
