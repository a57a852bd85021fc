using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

public class GetCommandTests
{
    private const string Job = """
        {"id":"J9","slug":"spanish-audio","title":"Spanish Audio Annotation","companyName":"Acme AI",
         "descriptionText":"Transcribe Spanish audio.\nTwo hours a day.","status":"OPEN",
         "datePosted":"2026-06-01T12:00:00.000Z","validThrough":"2026-07-27T12:00:00.000Z","updatedAt":"2026-06-10T09:30:00.000Z",
         "employmentTypes":["CONTRACTOR"],"countries":[],"languages":["Spanish"],"category":"Audio Annotation","dataType":"Audio",
         "labelTypes":["Transcription"],"labelingSoftware":null,"experienceLevel":"Intermediate","skills":["Transcription"],
         "pay":{"paymentType":"PAY_PER_HOUR","currency":"USD","hourlyRate":12,"hourlyMin":null,"hourlyMax":null,"fixedPrice":null,"perLabelRate":null},
         "url":"https://app.opentrain.ai/jobs/spanish-audio-J9","applyUrl":"https://app.opentrain.ai/api/out?job=J9&src=www_seo"}
        """;

    [Test]
    public async Task Shows_the_public_job_without_sending_a_token()
    {
        await using var api = await ApiSession.StartAsync(withToken: true);
        api.On("GET", "/api/public/v1/jobs/J9", 200, Job);

        var result = await api.RunAsync("jobs", "get", "J9");

        var request = await api.SingleRequestAsync();
        await Assert.That(request.Path).IsEqualTo("/api/public/v1/jobs/J9");
        await Assert.That(request.Header("Authorization")).IsNull();
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("""
            Job J9: Spanish Audio Annotation (Acme AI)
              Status:         OPEN
              Pay:            $12.00/hour
              Category:       Audio Annotation
              Data type:      Audio
              Label types:    Transcription
              Experience:     Intermediate
              Languages:      Spanish
              Countries:      any
              Skills:         Transcription
              Posted:         2026-06-01T12:00:00.000Z
              Valid through:  2026-07-27T12:00:00.000Z
              Updated:        2026-06-10T09:30:00.000Z
              URL:            https://app.opentrain.ai/jobs/spanish-audio-J9
              Apply:          https://app.opentrain.ai/api/out?job=J9&src=www_seo

              Transcribe Spanish audio.
              Two hours a day.

            """);
    }

    [Test]
    public async Task Works_without_any_credentials()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        api.On("GET", "/api/public/v1/jobs/J9", 200, """{"id":"J9","title":"T"}""");
        var result = await api.RunAsync("jobs", "get", "--job-id", "J9");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("Job J9: T\n  Languages:  any\n  Countries:  any\n");
    }

    [Test]
    public async Task An_unlisted_job_gets_a_hint()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        api.On("GET", "/api/public/v1/jobs/J8", 404, """{"id":"J8","status":"closed"}""");
        var result = await api.RunAsync("jobs", "get", "J8");
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).EndsWith(
            "Hint: job J8 is not on the public marketplace (closed, unlisted or never published); search open jobs with 'opentrain jobs search'.\n");
    }

    [Test]
    [Arguments(new string[0], "--job-id is required")]
    [Arguments(new[] { "J1", "--job-id", "J2" }, "the id was given twice with different values ('J1' and --job-id 'J2')")]
    public async Task Usage_errors_send_nothing(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        await api.AssertUsageErrorAsync(await api.RunAsync(["jobs", "get", .. args]), message);
    }

    [Test]
    public async Task An_id_over_64_characters_is_a_usage_error()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        await api.AssertUsageErrorAsync(await api.RunAsync("jobs", "get", new string('a', 65)), "--job-id must be at most 64 characters, got 65");
    }
}
