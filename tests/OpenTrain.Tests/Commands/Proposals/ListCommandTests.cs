using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Proposals;

public class ListCommandTests
{
    internal const string Candidate = """
        {"id":"F1","profileSlug":"maria-g","displayName":"Maria G.","firstName":"Maria","lastNameInitial":"G","profileTitle":"Text Annotation Specialist","profilePhotoUrl":"https://app.opentrain.ai/p.png","countryCode":"ES","country":"Spain","talentType":"FREELANCER","highestEarningsUsd":2400,"reviewCount":7}
        """;

    private static readonly string Page = $$$"""
        {"proposals":[
          {"id":"P1","jobId":"J1","jobTitle":"Spanish Sentiment","createdAt":"2026-06-11T15:40:00.000Z","updatedAt":"2026-06-11T15:40:00.000Z",
           "status":{"raw":"UNREVIEWED","label":"Unreviewed"},"bid":{"amountUsd":0.06,"unit":"PER_LABEL","labelerHourlyRateUsd":null},
           "candidate":{{{Candidate}}},"metrics":{"interviewScore":86,"matchScore":0.91}},
          {"id":"P2","jobId":"J1","status":{"raw":"SHORTLISTED","label":"Shortlisted"},"bid":{"amountUsd":18,"unit":"per_hour"},
           "candidate":{"id":"F2","displayName":null,"firstName":"Ravi","lastNameInitial":"R.","countryCode":"IN","country":null},"metrics":{"interviewScore":null,"matchScore":null}}],
         "nextCursor":"P2"}
        """;

    [Test]
    public async Task Lists_masked_candidates_with_bids_and_scores()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/jobs/J1/proposals", 200, Page);

        var result = await api.RunAsync("proposals", "list", "--job-id", "J1", "--status", "not a fit", "--limit", "25");

        await Assert.That((await api.SingleRequestAsync()).Query).IsEqualTo("?status=NOT_A_FIT&limit=25");
        await Assert.That(result.Stdout).IsEqualTo("""
            ID  STATUS       CANDIDATE  COUNTRY  BID          INTERVIEW  MATCH
            P1  Unreviewed   Maria G.   Spain    $0.06/label  86         0.91
            P2  Shortlisted  Ravi R.    IN       $18.00/hour

            Next cursor: P2

            """);
        await Assert.That(result.Stderr).IsEqualTo("More results: opentrain proposals list J1 --status NOT_A_FIT --limit 25 --cursor P2\n");
    }

    [Test]
    public async Task With_profiles_adds_each_candidates_languages_and_a_profile_that_fails_shows_a_question_mark()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/jobs/J1/proposals", 200, Page)
            .Reply("GET", "/freelancers/maria-g", 200, """{"freelancer":{"id":"F1","languages":[{"language":"Spanish","proficiency":"NATIVE"},{"language":"English","proficiency":"FLUENT"}]}}""")
            .Reply("GET", "/freelancers/F2", 404, Fixtures.Envelope("Freelancer not found", "NOT_FOUND"));

        var result = await api.RunAsync("proposals", "list", "J1", "--with-profiles");

        await api.Server.AssertAllUsed();
        await Assert.That(api.Requests.Count).IsEqualTo(3);
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("""
            ID  STATUS       CANDIDATE  COUNTRY  BID          INTERVIEW  MATCH  LANGUAGES
            P1  Unreviewed   Maria G.   Spain    $0.06/label  86         0.91   Spanish (NATIVE), English (FLUENT)
            P2  Shortlisted  Ravi R.    IN       $18.00/hour                    ?

            Next cursor: P2

            """);
        await Assert.That(result.Stderr).IsEqualTo("More results: opentrain proposals list J1 --with-profiles --cursor P2\n");
    }

    [Test]
    public async Task With_profiles_and_json_is_a_usage_error_before_any_request()
    {
        await using var api = await ApiSession.StartAsync();

        var result = await api.RunAsync("proposals", "list", "J1", "--with-profiles", "--json");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Usage error: --with-profiles adds a LANGUAGES column to the table; with --json, read each candidate's profile with 'opentrain freelancers get <id>'\n");
        await Assert.That(api.Requests).IsEmpty();
    }

    [Test]
    [Arguments(new string[0], "--job-id is required")]
    [Arguments(new[] { "J1", "--status", "maybe-later" }, "invalid value 'maybe-later' for --status (expected one of: UNREVIEWED, SHORTLISTED, MAYBE, HIRED, DECLINED, NOT_A_FIT, RESUME_SENT)")]
    [Arguments(new[] { "J1", "--limit", "500" }, "--limit must be between 1 and 100, got 500")]
    public async Task Usage_errors_send_nothing(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageErrorAsync(await api.RunAsync(["proposals", "list", .. args]), message);
    }
}
