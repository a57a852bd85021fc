using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Proposals;

public class GetCommandTests
{
    private static readonly string Body = $$$"""
        {"proposal":{"id":"P1","jobId":"J1","jobTitle":"Spanish Sentiment","createdAt":"2026-06-11T15:40:00.000Z","updatedAt":"2026-06-12T09:05:00.000Z",
          "status":{"raw":"SHORTLISTED","label":"Shortlisted"},"bid":{"amountUsd":0.06,"unit":"PER_LABEL","labelerHourlyRateUsd":null},
          "candidate":{{{ListCommandTests.Candidate}}},"metrics":{"interviewScore":86,"matchScore":0.91},
          "aiInterview":{"score":86,"summary":"Strong grasp of edge cases.","transcriptAvailable":true},
          "verification":{"location":{"status":"PASSED","method":"GPS","checkedAt":"2026-06-11T15:38:00.000Z"},"identity":{"verified":true}},
          "openLabel":null,"contract":null}}
        """;

    [Test]
    public async Task Shows_candidate_bid_interview_and_verification()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/proposals/P1", 200, Body);

        var result = await api.RunAsync("proposals", "get", "P1");

        await api.SingleRequestAsync();
        await Assert.That(result.Stdout).IsEqualTo("""
            Proposal P1: Maria G. (Shortlisted)
              Job:              Spanish Sentiment (J1)
              Candidate:        Maria G. (maria-g)
              Candidate id:     F1
              Profile title:    Text Annotation Specialist
              Country:          Spain
              Talent type:      FREELANCER
              Track record:     highest earnings $2,400.00, 7 reviews
              Bid:              $0.06/label
              Interview score:  86
              Match score:      0.91
              Location check:   PASSED, GPS, 2026-06-11T15:38:00.000Z
              Identity:         verified
              Submitted:        2026-06-11T15:40:00.000Z
              Updated:          2026-06-12T09:05:00.000Z

            AI interview summary:
              Strong grasp of edge cases.

            Next:
              opentrain freelancers get F1
              opentrain messages start-proposal-thread P1
              opentrain proposals hire P1 --milestone-name '<name>' --amount '<usd>'

            """);
    }

    [Test]
    public async Task Another_accounts_proposal_renders_the_403()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/proposals/P9", 403, Fixtures.Envelope("Not your job", "FORBIDDEN"));
        var result = await api.RunAsync("proposals", "get", "P9");
        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed (403 FORBIDDEN): Not your job\n");
    }
}
