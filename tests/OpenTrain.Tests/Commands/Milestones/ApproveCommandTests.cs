using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Milestones;

public class ApproveCommandTests
{
    private const string Message = "Release request recorded. A signed-in human must confirm this approval in the OpenTrain app before any money moves.";

    [Test]
    public async Task Prints_the_approval_url_and_how_to_check_it()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/milestones/ms_1/approve", 202, Fixtures.Pending("milestone_approve", Message));

        var result = await api.RunAsync("milestones", "approve", "--milestone-id=ms_1");

        await api.AssertSingleRequest("POST", "/milestones/ms_1/approve");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith(
            "Release requested for milestone ms_1: nothing is paid out until a human confirms.\n\n" +
            "A signed-in human must open and confirm:\nhttps://app.opentrain.ai/approvals/ap_1\n\n");
        await Assert.That(result.Stdout).Contains("Type:       milestone_approve\n");
        await Assert.That(result.Stdout).Contains("Expires:    2026-06-15T10:00:00.000Z\n");
        await Assert.That(result.Stdout).EndsWith($"{Message}\n\nCheck it with:\n  opentrain approvals get ap_1\nOr wait until the human acts (exit 0 once done):\n  opentrain approvals get ap_1 --wait\n");
    }

    [Test]
    public async Task Not_funded_hints_at_funding_first()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/milestones/ms_1/approve", 409, Fixtures.Envelope("Milestone is not funded", "CONFLICT", """{"reason":"milestone_not_funded"}"""));

        var result = await api.RunAsync("milestones", "approve", "ms_1");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (409 CONFLICT): Milestone is not funded", """{"reason":"milestone_not_funded"}""");
        await Assert.That(result.Stderr).EndsWith("Hint: fund it first: opentrain milestones fund ms_1\n");
    }

    [Test]
    public async Task Extra_words_are_usage_errors_without_a_request()
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync("milestones", "approve", "ms_1", "ms_2"), "unexpected argument 'ms_2'");
    }
}
