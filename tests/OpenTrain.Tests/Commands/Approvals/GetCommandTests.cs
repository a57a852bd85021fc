using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Approvals;

public class GetCommandTests
{
    [Test]
    public async Task Pending_shows_the_url_and_expiry()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/approvals/ap_1", 200, $$"""{"approval":{{Fixtures.Approval("milestone_fund")}}}""");

        var result = await api.RunAsync("approvals", "get", "ap_1");

        await api.AssertSingleRequest("GET", "/approvals/ap_1");
        await Assert.That(result.Stdout).IsEqualTo(
            "Approval ap_1: pending\n" +
            "\n" +
            "Approval:   ap_1\n" +
            "Type:       milestone_fund\n" +
            "Status:     pending\n" +
            "Job:        job_1\n" +
            "Contract:   ct_1\n" +
            "Milestone:  ms_1\n" +
            "Expires:    2026-06-15T10:00:00.000Z\n" +
            "Created:    2026-06-12T10:00:00.000Z\n" +
            "URL:        https://app.opentrain.ai/approvals/ap_1\n" +
            "\n" +
            "Waiting for a signed-in human to open the URL and confirm. Check again with: opentrain approvals get ap_1 (add --wait to wait for it)\n");
    }

    [Test]
    public async Task Confirmed_shows_resolution_and_result_without_the_url()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/approvals/ap_1", 200,
            $$"""{"approval":{{Fixtures.Approval("milestone_fund", "confirmed", resolvedAt: "2026-06-12T14:30:00.000Z", result: """{"invoiceId":"inv_1","paymentIntentId":"pi_1"}""")}}}""");

        var result = await api.RunAsync("approvals", "get", "--approval-id", "ap_1");

        await Assert.That(result.Stdout).Contains("Resolved:   2026-06-12T14:30:00.000Z\n");
        await Assert.That(result.Stdout).Contains("Result:     invoiceId: inv_1, paymentIntentId: pi_1\n");
        await Assert.That(result.Stdout).DoesNotContain("https://");
        await Assert.That(result.Stdout).DoesNotContain("Expires");
        await Assert.That(result.Stdout).EndsWith("Confirmed: the action was carried out.\nNext: once the work is delivered, request its release: opentrain milestones approve ms_1\n");
    }

    [Test]
    public async Task A_confirmed_hire_names_the_contract_as_the_next_step()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/approvals/ap_1", 200,
            $$"""{"approval":{{Fixtures.Approval("proposal_hire", "confirmed", contractId: null, milestoneId: null, resolvedAt: "2026-06-12T14:30:00.000Z", result: """{"hired":true,"contractId":"ct_9"}""")}}}""");

        var result = await api.RunAsync("approvals", "get", "ap_1");

        await Assert.That(result.Stdout).EndsWith("Confirmed: the action was carried out.\nNext: see the contract and its funded first milestone: opentrain contracts get ct_9\n");
    }

    [Test]
    [Arguments("declined", "Declined by a human: nothing was executed.")]
    [Arguments("expired", "Expired before anyone acted: nothing was executed. Send the request again to get a new approval.")]
    public async Task Terminal_states_say_nothing_was_executed(string status, string line)
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/approvals/ap_1", 200, $$"""{"approval":{{Fixtures.Approval("contract_end", status, milestoneId: null, resolvedAt: "2026-06-15T10:00:00.000Z")}}}""");

        var result = await api.RunAsync("approvals", "get", "ap_1");

        await Assert.That(result.Stdout).EndsWith(line + "\n");
    }

    [Test]
    public async Task Not_found_renders_the_details()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/approvals/ap_9", 404, Fixtures.Envelope("Approval not found", "NOT_FOUND", """{"resource":"approvals","approvalId":"ap_9"}"""));

        var result = await api.RunAsync("approvals", "get", "ap_9");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (404 NOT_FOUND): Approval not found", """{"resource":"approvals","approvalId":"ap_9"}""");
    }
}
