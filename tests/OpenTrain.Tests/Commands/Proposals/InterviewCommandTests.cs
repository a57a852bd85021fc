using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Proposals;

public class InterviewCommandTests
{
    private const string Body = """
        {"interview":{"proposalId":"P1","interviewId":"I1","score":86,"summary":"Strong grasp of edge cases.",
          "messages":[
            {"id":"M1","role":"interviewer","content":"Tell me about your experience.","sentAt":"2026-06-11T15:20:00.000Z"},
            {"id":"M2","role":"candidate","content":"Two years of annotation.\nMostly sentiment.","sentAt":"2026-06-11T15:21:00.000Z"}]}}
        """;

    [Test]
    public async Task Prints_the_transcript_in_order_with_score_and_summary()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/proposals/P1/interview", 200, Body);

        var result = await api.RunAsync("proposals", "interview", "P1");

        await api.AssertSingleRequest("GET", "/proposals/P1/interview");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("""
            AI interview for proposal P1
              Interview id:  I1
              Score:         86
              Summary:       Strong grasp of edge cases.

            Transcript, oldest first, newest last:

            Interviewer  2026-06-11T15:20:00.000Z
              Tell me about your experience.

            Candidate  2026-06-11T15:21:00.000Z
              Two years of annotation.
              Mostly sentiment.

            """);
    }

    [Test]
    public async Task Without_score_or_messages_says_there_is_no_transcript()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/proposals/P2/interview", 200, """{"interview":{"proposalId":"P2","messages":[]}}""");
        var result = await api.RunAsync("proposals", "interview", "--proposal-id", "P2");
        await Assert.That(result.Stdout).IsEqualTo("AI interview for proposal P2\n\nNo transcript.\n");
    }

    [Test]
    public async Task No_interview_renders_the_404()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/proposals/P9/interview", 404, Fixtures.Envelope("Interview not found", "NOT_FOUND", """{"proposalId":"P9"}"""));
        var result = await api.RunAsync("proposals", "interview", "P9");
        await ApiSession.AssertApiError(result, "OpenTrain API request failed (404 NOT_FOUND): Interview not found", """{"proposalId":"P9"}""");
    }
}
