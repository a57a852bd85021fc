using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class JobDraftsTests
{
    [Test]
    public async Task Parser_extracts_pay_headcount_languages_volume_and_experience()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var reply = await s.Api.Post("/api/public/v1/job-drafts", new JsonObject { ["rawJobDescription"] = Scenario.CompleteDescription }, account.Token);

        await Assert.That(reply.Status).IsEqualTo(200);
        await Assert.That(reply.Str("status")).IsEqualTo("DRAFT");
        await Assert.That(reply.Str("draftUrl")).IsEqualTo($"{s.Host.BaseUrl}/job-post?jobId={reply.Str("jobId")}");
        var f = reply["normalizedFields"];
        await Assert.That(f["jobTitle"]!.GetValue<string>()).IsEqualTo("Spanish Sentiment Labeling");
        await Assert.That(f["paymentType"]!.GetValue<string>()).IsEqualTo("PAY_PER_LABEL");
        await Assert.That(f["pricePerLabel"]!.ToJsonString()).IsEqualTo("0.06");
        await Assert.That(f["headcount"]!.GetValue<int>()).IsEqualTo(5);
        await Expect.Strings(f["languages"], "Spanish");
        await Assert.That(f["dataVolume"]!.ToJsonString()).IsEqualTo("20000");
        await Assert.That(f["dataVolumeUnit"]!.GetValue<string>()).IsEqualTo("NUMBER_OF_FILES");
        await Assert.That(f["experienceLevel"]!.GetValue<string>()).IsEqualTo("INTERMEDIATE");
        await Assert.That(reply["validation"]["publishReady"]!.GetValue<bool>()).IsTrue();
        await Assert.That(reply["missingFields"].AsArray().Count).IsEqualTo(0);
    }

    [Test]
    public async Task Missing_fields_carry_prompts_enums_and_update_keys()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var reply = await s.Api.Post("/api/public/v1/job-drafts",
            new JsonObject { ["rawJobDescription"] = "Audio transcription\nTranscribe 40 hours of English podcasts, paid per hour." }, account.Token);

        var validation = reply["validation"];
        await Assert.That(validation["publishReady"]!.GetValue<bool>()).IsFalse();
        await Assert.That(validation["missingFieldCount"]!.GetValue<int>()).IsEqualTo(2);
        var missing = reply["missingFields"].AsArray();
        await Assert.That(string.Join(",", missing.Select(m => m!["field"]!.GetValue<string>()))).IsEqualTo("pricePerHour,experienceLevel");
        var experience = missing[1]!;
        await Assert.That(experience["code"]!.GetValue<string>()).IsEqualTo("missing_required_field");
        await Assert.That(experience["prompt"]!.GetValue<string>()).StartsWith("ask: ");
        await Assert.That(experience["type"]!.GetValue<string>()).IsEqualTo("enum");
        await Expect.Strings(experience["enumValues"], "EXPERT", "ENTRY_LEVEL", "INTERMEDIATE", "ANY_EXPERIENCE_LEVEL");
        await Expect.Strings(experience["updateKeys"], "experienceLevel");
        await Assert.That(missing[0]!["type"]!.GetValue<string>()).IsEqualTo("number");
        await Assert.That(reply["normalizedFields"]["dataVolumeUnit"]!.GetValue<string>()).IsEqualTo("HOURS_OF_RECORDING_AUDIO_VIDEO");
    }

    [Test]
    public async Task Same_idempotency_key_returns_the_same_draft()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var body = new JsonObject { ["source"] = new JsonObject { ["type"] = "text", ["text"] = Scenario.CompleteDescription, ["idempotencyKey"] = "k-1", ["externalId"] = "acme-7" } };
        var first = await s.Api.Post("/api/public/v1/job-drafts", body, account.Token);
        var second = await s.Api.Post("/api/public/v1/job-drafts", body, account.Token);
        var other = await s.Api.Post("/api/public/v1/job-drafts", new JsonObject { ["rawJobDescription"] = Scenario.CompleteDescription, ["idempotencyKey"] = "k-2" }, account.Token);
        await Assert.That(second.Status).IsEqualTo(200);
        await Assert.That(second.Str("jobId")).IsEqualTo(first.Str("jobId"));
        await Assert.That(other.Str("jobId")).IsNotEqualTo(first.Str("jobId"));
        var mine = await s.Api.Get("/api/public/v1/jobs/mine", account.Token);
        await Assert.That(mine["jobs"].AsArray().Count).IsEqualTo(2);
    }

    [Test]
    public async Task Canonical_import_maps_fields_and_reports_unmapped_ones()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var reply = await s.Api.Post("/api/public/v1/job-drafts", new JsonObject
        {
            ["format"] = "opentrain_canonical",
            ["job"] = new JsonObject { ["title"] = "Label cats", ["description"] = "Label cat photos.", ["paymentType"] = "PAY_PER_HOUR", ["rateAmount"] = 20, ["mood"] = "happy" },
        }, account.Token);
        await Assert.That(reply.Status).IsEqualTo(200);
        await Assert.That(reply["normalizedFields"]["pricePerHour"]!.ToJsonString()).IsEqualTo("20");
        await Assert.That(reply["unmappedFields"][0]!["path"]!.GetValue<string>()).IsEqualTo("job.mood");
    }

    [Test]
    [Arguments("{}")]
    [Arguments("{\"rawJobDescription\":\"\"}")]
    [Arguments("{\"rawJobDescription\":7}")]
    [Arguments("{\"source\":{\"type\":\"pdf\",\"text\":\"x\"}}")]
    [Arguments("[1,2]")]
    public async Task Unusable_create_bodies_are_400(string body)
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        await Expect.Envelope(await s.Api.PostRaw("/api/public/v1/job-drafts", body, "application/json", account.Token), 400, "BAD_REQUEST");
    }

    [Test]
    public async Task Text_over_60000_characters_is_400_with_issues()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var reply = await s.Api.Post("/api/public/v1/job-drafts", new JsonObject { ["rawJobDescription"] = new string('a', 60_001) }, account.Token);
        var details = await Expect.Envelope(reply, 400, "BAD_REQUEST");
        await Assert.That(details!["issues"]![0]!["code"]!.GetValue<string>()).IsEqualTo("too_big");
    }

    [Test]
    public async Task Update_fills_fields_until_publish_ready()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.DraftAsync(account.Token, "Audio transcription\nTranscribe 40 hours of English podcasts, paid per hour.");
        var reply = await s.Api.Patch($"/api/public/v1/job-drafts/{jobId}", new JsonObject { ["pricePerHour"] = 25, ["experienceLevel"] = "EXPERT" }, account.Token);
        await Assert.That(reply.Status).IsEqualTo(200);
        await Assert.That(reply["validation"]["publishReady"]!.GetValue<bool>()).IsTrue();
        await Assert.That(reply["validation"]["missingFieldCount"]!.GetValue<int>()).IsEqualTo(0);
    }

    [Test]
    [Arguments("{\"bogusKey\":1}", "unrecognized_keys")]
    [Arguments("{\"experienceLevel\":\"intermediate\"}", "invalid_enum_value")]
    [Arguments("{\"pricePerHour\":\"25\"}", "invalid_type")]
    [Arguments("{\"languages\":\"Spanish\"}", "invalid_type")]
    [Arguments("{}", "too_small")]
    public async Task Update_rejects_unknown_keys_and_bad_types_with_zod_issues(string body, string issueCode)
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.DraftAsync(account.Token);
        var reply = await s.Api.Send(HttpMethod.Patch, $"/api/public/v1/job-drafts/{jobId}", account.Token,
            content: new StringContent(body, System.Text.Encoding.UTF8, "application/json"));
        var details = await Expect.Envelope(reply, 400, "BAD_REQUEST");
        await Assert.That(details!["issues"]![0]!["code"]!.GetValue<string>()).IsEqualTo(issueCode);
    }

    [Test]
    public async Task Update_of_a_published_job_is_409_and_of_someone_elses_is_404()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.PublishedJobAsync(account.Token);
        var details = await Expect.Envelope(await s.Api.Patch($"/api/public/v1/job-drafts/{jobId}", new JsonObject { ["headcount"] = 3 }, account.Token), 409, "CONFLICT");
        await Assert.That(details!["requiredStatus"]!.GetValue<string>()).IsEqualTo("DRAFT");
        var other = s.Account();
        await Expect.Envelope(await s.Api.Patch($"/api/public/v1/job-drafts/{jobId}", new JsonObject { ["headcount"] = 3 }, other.Token), 404, "NOT_FOUND");
    }

    [Test]
    public async Task Drafting_needs_jobs_write()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account("jobs:read");
        var reply = await s.Api.Post("/api/public/v1/job-drafts", new JsonObject { ["rawJobDescription"] = "x y z" }, account.Token);
        var details = await Expect.Envelope(reply, 403, "FORBIDDEN");
        await Expect.Strings(details!["requiredScopes"], "jobs:write");
        await Expect.Strings(details["grantedScopes"], "jobs:read");
    }

    [Test]
    public async Task Capabilities_reflect_feature_flags_and_403_when_drafting_is_off()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account("jobs:read");
        s.Control.SetFeature("public_api_hiring", false, account.AccountId);
        var caps = await s.Api.Get("/api/public/v1/job-drafts/capabilities", account.Token);
        await Assert.That(caps.Status).IsEqualTo(200);
        await Assert.That(caps.Str("featureKey")).IsEqualTo("public_api_job_drafting");
        await Assert.That(caps["capabilities"]["hiring"]!.GetValue<bool>()).IsFalse();
        await Assert.That(caps["capabilities"]["publish"]!.GetValue<bool>()).IsTrue();
        await Assert.That(caps["draft"]["updateKeys"]!.AsArray().Select(k => k!.GetValue<string>())).Contains("pricePerHour");

        s.Control.SetFeature("public_api_job_drafting", false, account.AccountId);
        var off = await Expect.Envelope(await s.Api.Get("/api/public/v1/job-drafts/capabilities", account.Token), 403, "FORBIDDEN");
        await Assert.That(off!["featureKey"]!.GetValue<string>()).IsEqualTo("public_api_job_drafting");
        await Assert.That(off["mode"]!.GetValue<string>()).IsEqualTo("ALLOWLIST");
    }

    [Test]
    public async Task Drafting_flag_off_for_everyone_blocks_create()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        s.Control.SetFeature("public_api_job_drafting", false);
        var details = await Expect.Envelope(await s.Api.Post("/api/public/v1/job-drafts", new JsonObject { ["rawJobDescription"] = "abc" }, account.Token), 403, "FORBIDDEN");
        await Assert.That(details!["featureKey"]!.GetValue<string>()).IsEqualTo("public_api_job_drafting");
    }
}
