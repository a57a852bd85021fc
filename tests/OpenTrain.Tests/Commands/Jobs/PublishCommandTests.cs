using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

public class PublishCommandTests
{
    private const string Published = """
        {"ok":true,"jobId":"J1","status":"OPEN","alreadyPublished":false,"jobUrl":"https://app.opentrain.ai/jobs/J1","publishAttemptId":"A1","warnings":["Title is long."],"sideEffects":{"dispatched":true,"status":"queued"}}
        """;

    [Test]
    public async Task Posts_without_a_body_and_prints_the_public_url_on_its_own_line()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/jobs/J1/publish", 200, Published);

        var result = await api.RunAsync("jobs", "publish", "J1");

        var request = await api.SingleRequestAsync();
        await Assert.That(request.Body).IsEmpty();
        await Assert.That(request.Header("Authorization")).IsEqualTo($"Bearer {ApiSession.Token}");
        await Assert.That(result.Stdout).IsEqualTo("""
            Published job J1 (OPEN).

            Public URL:
            https://app.opentrain.ai/jobs/J1

            Warnings:
              - Title is long.

            Next: watch for proposals:
              opentrain proposals list J1

            """);
    }

    [Test]
    public async Task Already_published_says_so()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/jobs/J1/publish", 200, """{"ok":true,"jobId":"J1","status":"OPEN","alreadyPublished":true,"jobUrl":"https://app.opentrain.ai/jobs/J1"}""");

        var result = await api.RunAsync("jobs", "publish", "--job-id", "J1");

        await Assert.That(result.Stdout).StartsWith("Job J1 was already published (OPEN).\n");
    }

    [Test]
    public async Task Not_publish_ready_lists_what_is_missing_after_the_error_line()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/jobs/J1/publish", 400, Fixtures.Envelope("Job is not publish-ready", "BAD_REQUEST",
            """{"validation":{"publishReady":false,"issueCount":0,"missingFieldCount":1,"missingFields":[{"field":"experienceLevel","label":"Experience level","prompt":"ask: What experience level?","type":"enum","enumValues":["EXPERT","INTERMEDIATE"],"updateKeys":["experienceLevel"],"example":"INTERMEDIATE"}],"issues":[]}}"""));

        var result = await api.RunAsync("jobs", "publish", "J1");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        var lines = result.Stderr.Split('\n');
        await Assert.That(lines[0]).IsEqualTo("OpenTrain API request failed (400 BAD_REQUEST): Job is not publish-ready");
        await Assert.That(lines[1]).StartsWith("Details: {\"validation\"");
        await Assert.That(string.Join('\n', lines[2..])).IsEqualTo("""
            Hint: the job is not publish-ready.

            Missing fields (1):
              experienceLevel  Experience level
                Ask:    What experience level?
                Type:   enum
                Values: EXPERT, INTERMEDIATE
                Set:    --set experienceLevel=INTERMEDIATE

            Next: answer the questions, then run:
              opentrain jobs draft update J1 --set experienceLevel=INTERMEDIATE
              opentrain jobs publish J1

            """);
    }

    [Test]
    public async Task Moderation_block_lists_the_reasons()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/jobs/J1/publish", 403, Fixtures.Envelope("Job was blocked by moderation", "FORBIDDEN",
            """{"reason":"moderation_blocked","reasons":["Contains contact details",{"code":"off_platform","message":"Asks for off-platform payment"}]}"""));

        var result = await api.RunAsync("jobs", "publish", "J1");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).EndsWith("""
            Hint: moderation blocked publishing. Reasons:
              - Contains contact details
              - Asks for off-platform payment
            Edit the job ('opentrain jobs draft update J1 --set key=value'), then publish it again.

            """);
    }

    [Test]
    public async Task Daily_quota_explains_the_limit()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/jobs/J1/publish", 429, Fixtures.Envelope("Publish limit reached", "RATE_LIMITED", """{"limit":3,"windowHours":24}"""));
        var result = await api.RunAsync("jobs", "publish", "J1");
        await Assert.That(result.Stderr).Contains("Hint: the daily publish limit (3 per 24 h) is reached");
    }
}
