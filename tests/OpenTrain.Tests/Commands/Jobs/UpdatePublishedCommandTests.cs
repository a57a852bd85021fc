using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

public class UpdatePublishedCommandTests
{
    [Test]
    public async Task Patches_the_live_job_and_shows_the_moderation_decision()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("PATCH", "/api/public/v1/jobs/J1", 200, """{"ok":true,"jobId":"J1","status":"OPEN","moderation":{"decision":"ALLOW","reasons":[]}}""");

        var result = await api.RunAsync("jobs", "update-published", "J1", "--set", "headcount=8", "--set", "jobTitle=Spanish labeling");

        var request = await api.SingleRequestAsync();
        await Assert.That(request.Body).IsEqualTo("""{"headcount":8,"jobTitle":"Spanish labeling"}""");
        await Assert.That(result.Stdout).IsEqualTo("Updated job J1 (OPEN).\n  Moderation:  ALLOW\n");
    }

    [Test]
    public async Task Moderation_rejection_says_the_job_went_back_to_draft()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("PATCH", "/api/public/v1/jobs/J1", 409, Fixtures.Envelope("Edit rejected by moderation", "CONFLICT",
            """{"jobId":"J1","reason":"moderation_blocked","reasons":["Mentions a competitor"],"status":"DRAFT"}"""));

        var result = await api.RunAsync("jobs", "update-published", "J1", "--set", "jobTitle=x");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains(
            "Hint: the edit was saved, but moderation rejected it and the job went back to DRAFT (no longer public). Reasons:\n  - Mentions a competitor\n");
    }

    [Test]
    public async Task A_draft_is_pointed_to_draft_update()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("PATCH", "/api/public/v1/jobs/J1", 409, Fixtures.Envelope("Job is not open", "CONFLICT", """{"jobId":"J1","status":"DRAFT","requiredStatus":"OPEN"}"""));

        var result = await api.RunAsync("jobs", "update-published", "J1", "--set", "a=1");

        await Assert.That(result.Stderr).EndsWith("Hint: the job is a DRAFT: edit it with 'opentrain jobs draft update J1 --set key=value'.\n");
    }

    [Test]
    public async Task Without_set_is_a_usage_error()
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageErrorAsync(await api.RunAsync("jobs", "update-published", "J1"), "at least one --set key=value is required");
    }
}
