using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

public class InviteCommandTests
{
    [Test]
    public async Task Posts_the_freelancer_and_points_to_the_proposal()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/jobs/J1/invites", 201, """{"ok":true,"proposalId":"P1","jobId":"J1","freelancerId":"F1","alreadyInvited":false}""");

        var result = await api.RunAsync("jobs", "invite", "J1", "--freelancer-id", "F1");

        await Assert.That((await api.SingleRequestAsync()).Body).IsEqualTo("""{"freelancerId":"F1"}""");
        await Assert.That(result.Stdout).IsEqualTo("Invited F1 to job J1.\n  Proposal:  P1\n\nNext: follow the proposal:\n  opentrain proposals get P1\n");
    }

    [Test]
    public async Task Repeat_invite_says_already_invited()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/jobs/J1/invites", 200, """{"ok":true,"proposalId":"P1","jobId":"J1","freelancerId":"F1","alreadyInvited":true}""");
        var result = await api.RunAsync("jobs", "invite", "--job-id", "J1", "--freelancer-id", "F1");
        await Assert.That(result.Stdout).StartsWith("F1 was already invited to job J1.\n");
    }

    [Test]
    public async Task Unpublished_job_hints_at_publishing()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/jobs/J1/invites", 409, Fixtures.Envelope("Job is not published", "CONFLICT", """{"reason":"job_not_published"}"""));
        var result = await api.RunAsync("jobs", "invite", "J1", "--freelancer-id", "F1");
        await Assert.That(result.Stderr).EndsWith("Hint: publish the job first: 'opentrain jobs publish J1'.\n");
    }

    [Test]
    public async Task Claim_required_names_the_claim_command()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/jobs/J1/invites", 403, Fixtures.Envelope("A human must claim this agent account", "FORBIDDEN",
            """{"reason":"account_claim_required","claimUrl":"https://app.opentrain.ai/claim"}"""));
        var result = await api.RunAsync("jobs", "invite", "J1", "--freelancer-id", "F1");
        await Assert.That(result.Stderr).Contains("opentrain auth claim --email");
    }

    [Test]
    public async Task Freelancer_is_required()
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageErrorAsync(await api.RunAsync("jobs", "invite", "J1"), "--freelancer-id is required");
    }
}
