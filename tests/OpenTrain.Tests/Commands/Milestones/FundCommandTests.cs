using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Milestones;

public class FundCommandTests
{
    private const string Message = "Funding request recorded. A signed-in human must confirm this approval in the OpenTrain app before any money moves.";

    [Test]
    [Arguments("ms_1")]
    [Arguments("--milestone-id", "ms_1")]
    public async Task Prints_the_approval_url_on_its_own_line_with_id_expiry_and_check_command(params string[] id)
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/milestones/ms_1/fund", 202, Fixtures.Pending("milestone_fund", Message));

        var result = await api.RunAsync(["milestones", "fund", .. id]);

        await api.AssertSingleRequest("POST", "/milestones/ms_1/fund");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "Funding requested for milestone ms_1: nothing is charged until a human confirms.\n" +
            "\n" +
            "A signed-in human must open and confirm:\n" +
            "https://app.opentrain.ai/approvals/ap_1\n" +
            "\n" +
            "Approval:   ap_1\n" +
            "Type:       milestone_fund\n" +
            "Status:     pending\n" +
            "Job:        job_1\n" +
            "Contract:   ct_1\n" +
            "Milestone:  ms_1\n" +
            "Expires:    2026-06-15T10:00:00.000Z\n" +
            "\n" +
            Message + "\n" +
            "\n" +
            "Check it with:\n" +
            "  opentrain approvals get ap_1\n" +
            "Or wait until the human acts (exit 0 once done):\n" +
            "  opentrain approvals get ap_1 --wait\n");
    }

    [Test]
    public async Task Payment_method_required_shows_the_billing_url_and_a_hint()
    {
        await using var api = await ApiSession.StartAsync();
        const string details = """{"reason":"payment_method_required","billingUrl":"https://app.opentrain.ai/settings/billing"}""";
        api.Reply("POST", "/milestones/ms_1/fund", 409, Fixtures.Envelope("A payment method is required", "CONFLICT", details));

        var result = await api.RunAsync("milestones", "fund", "ms_1");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (409 CONFLICT): A payment method is required", details);
        await Assert.That(result.Stderr).Contains("Hint: a human must add a payment method");
    }

    [Test]
    public async Task Not_fundable_renders_the_reason()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/milestones/ms_1/fund", 409, Fixtures.Envelope("Milestone cannot be funded", "CONFLICT", """{"reason":"milestone_not_fundable"}"""));

        var result = await api.RunAsync("milestones", "fund", "ms_1");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (409 CONFLICT): Milestone cannot be funded", """{"reason":"milestone_not_fundable"}""");
    }

    [Test]
    public async Task Claim_required_renders_the_claim_url_and_the_claim_commands()
    {
        await using var api = await ApiSession.StartAsync();
        const string details = """{"reason":"account_claim_required","action":"fund milestones","claimUrl":"https://app.opentrain.ai/claim"}""";
        api.Reply("POST", "/milestones/ms_1/fund", 403, Fixtures.Envelope("A human must claim this agent account first.", "FORBIDDEN", details));

        var result = await api.RunAsync("milestones", "fund", "ms_1");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (403 FORBIDDEN): A human must claim this agent account first.", details);
        await Assert.That(result.Stderr).Contains("opentrain auth claim --email");
    }
}
