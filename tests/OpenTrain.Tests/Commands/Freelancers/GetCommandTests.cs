using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Freelancers;

public class GetCommandTests
{
    private const string Profile = """
        {"freelancer":{"id":"F1","profileSlug":"maria-g","profilePath":"/profile/maria-g","displayName":null,"firstName":"Maria","lastNameInitial":"G",
          "talentType":"Individual","title":"Text Annotation Specialist","bio":"Native Spanish speaker.\nFour years of NLP work.","city":"Madrid","countryCode":"ES","country":"Spain",
          "hourlyRateUsd":18,"availability":"FULL_TIME","expertiseLevel":"EXPERT","englishLevel":"FLUENT","memberSince":"2024-03-02T10:00:00.000Z","identityVerified":true,
          "skills":{"subjectMatter":["Social media"],"tags":["SENTIMENT_ANALYSIS"],"software":[],"dataTypes":["TEXT"],"labelTypes":["CLASSIFICATION"]},
          "languages":[{"language":"Spanish","proficiency":"NATIVE"},{"language":"English","proficiency":"FLUENT"}],
          "stats":{"totalEarnedUsd":2400,"billedHours":310,"jobSuccessScore":98,"reviewCount":7,"averageRating":4.9},"agency":null,
          "labelExperience":[{"id":"E1","title":"Tweet sentiment","description":"120k tweets","fromYear":2023,"toYear":2025,"ongoing":false}],
          "workExperience":[],"education":[],"reviews":[{"id":"R1","rating":5,"comment":"Fast, precise.","createdAt":"2026-01-20T12:00:00.000Z"}]}}
        """;

    [Test]
    public async Task Shows_the_masked_profile_by_slug()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/freelancers/maria-g", 200, Profile);

        var result = await api.RunAsync("freelancers", "get", "maria-g");

        await api.SingleRequestAsync();
        await Assert.That(result.Stdout).IsEqualTo($"""
            Maria G.: Text Annotation Specialist
              ID:              F1
              Profile:         {api.Server.BaseUrl}/profile/maria-g
              Location:        Madrid, Spain
              Talent type:     Individual
              Hourly rate:     $18.00/hour
              Availability:    FULL_TIME
              Expertise:       EXPERT
              English:         FLUENT
              Identity:        verified
              Member since:    2024-03-02T10:00:00.000Z
              Languages:       Spanish (NATIVE), English (FLUENT)
              Subject matter:  Social media
              Skills:          SENTIMENT_ANALYSIS
              Data types:      TEXT
              Label types:     CLASSIFICATION
              Earned:          $2,400.00 over 310 billed hours
              Job success:     98%
              Rating:          4.9 (7 reviews)

            Bio:
              Native Spanish speaker.
              Four years of NLP work.

            Labeling experience:
              2023–2025  Tweet sentiment: 120k tweets

            Latest reviews:
              5/5  2026-01-20T12:00:00.000Z  Fast, precise.

            """);
    }

    [Test]
    public async Task A_profile_without_names_is_shown_as_freelancer()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/freelancers/F2", 200, """{"freelancer":{"id":"F2"}}""");
        var result = await api.RunAsync("freelancers", "get", "--freelancer-id", "F2");
        await Assert.That(result.Stdout).IsEqualTo("Freelancer\n  ID:  F2\n");
    }

    [Test]
    public async Task Unknown_freelancer_renders_the_404_and_missing_id_is_a_usage_error()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/freelancers/nobody", 404, Fixtures.Envelope("Freelancer not found", "NOT_FOUND"));
        var result = await api.RunAsync("freelancers", "get", "nobody");
        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed (404 NOT_FOUND): Freelancer not found\n");

        await using var other = await ApiSession.StartAsync();
        await other.AssertUsageErrorAsync(await other.RunAsync("freelancers", "get"), "--freelancer-id is required");
    }
}
