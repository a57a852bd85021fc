using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Proposals;

public class HireCommandTests
{
    private const string Pending = """
        {"approval":{"id":"AP1","type":"proposal_hire","status":"pending","contractId":null,"milestoneId":null,"jobId":"J1","proposalId":"P1",
          "approvalUrl":"https://app.opentrain.ai/approvals/AP1","expiresAt":"2026-06-15T10:00:00.000Z","resolvedAt":null,"result":null,"createdAt":"2026-06-12T10:00:00.000Z"},
         "message":"Hire request recorded. A signed-in human must confirm this approval in the OpenTrain app before the freelancer is hired and any money moves."}
        """;

    [Test]
    public async Task Sends_the_milestone_and_prints_the_approval_url_on_its_own_line()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/proposals/P1/hire", 202, Pending);

        var result = await api.RunAsync("proposals", "hire", "P1", "--milestone-name", "First batch", "--milestone-description", "Label 5,000 posts",
            "--amount", "300.50", "--due-date", "2026-07-01");

        await Assert.That((await api.SingleRequestAsync()).Body).IsEqualTo(
            """{"milestone":{"name":"First batch","description":"Label 5,000 posts","amount":300.50,"dueDate":"2026-07-01"}}""");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith(
            "Hire requested for proposal P1: waiting for a human to confirm. Nobody is hired and no money moves until then.\n\n" +
            "A signed-in human must open and confirm:\nhttps://app.opentrain.ai/approvals/AP1\n");
        await Assert.That(result.Stdout).Contains("Expires:");
        await Assert.That(result.Stdout).Contains("2026-06-15T10:00:00.000Z");
        await Assert.That(result.Stdout).Contains("opentrain approvals get AP1");
    }

    [Test]
    public async Task Confirm_not_a_fit_is_sent_only_when_given()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/proposals/P1/hire", 202, Pending);

        await api.RunAsync("proposals", "hire", "--proposal-id", "P1", "--milestone-description", "Batch", "--amount", "50", "--confirm-not-a-fit");

        await Assert.That((await api.SingleRequestAsync()).Body).IsEqualTo("""{"milestone":{"description":"Batch","amount":50},"confirmNotAFit":true}""");
    }

    [Test]
    [Arguments(new[] { "--milestone-name", "x" }, "--amount is required")]
    [Arguments(new[] { "--milestone-name", "x", "--amount", "0" }, "--amount must be greater than 0, got 0")]
    [Arguments(new[] { "--milestone-name", "x", "--amount", "lots" }, "invalid value 'lots' for --amount")]
    [Arguments(new[] { "--amount", "10" }, "--milestone-name or --milestone-description is required")]
    [Arguments(new[] { "--milestone-name", "x", "--amount", "10", "--due-date", "2026-13-01" }, "--due-date must be a date written YYYY-MM-DD, got '2026-13-01'")]
    [Arguments(new[] { "--milestone-name", "x", "--amount", "10", "--due-date", "1 July" }, "--due-date must be a date written YYYY-MM-DD, got '1 July'")]
    public async Task Usage_errors_send_nothing(string[] flags, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageErrorAsync(await api.RunAsync(["proposals", "hire", "P1", .. flags]), message);
    }

    [Test]
    public async Task Missing_payment_method_points_to_billing()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/proposals/P1/hire", 409, Fixtures.Envelope("Add a payment method", "CONFLICT",
            """{"reason":"payment_method_required","billingUrl":"https://app.opentrain.ai/billing"}"""));

        var result = await api.RunAsync("proposals", "hire", "P1", "--milestone-name", "x", "--amount", "10");

        await Assert.That(result.Stderr).EndsWith("Hint: a human must add a payment method (or buy credits) first:\nhttps://app.opentrain.ai/billing\n");
    }

    [Test]
    public async Task Claim_required_names_the_claim_command()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/proposals/P1/hire", 403, Fixtures.Envelope("A human must claim this agent account before it can hire AI trainers.", "FORBIDDEN",
            """{"reason":"account_claim_required","action":"hire AI trainers","claimUrl":"https://app.opentrain.ai/claim"}"""));
        var result = await api.RunAsync("proposals", "hire", "P1", "--milestone-name", "x", "--amount", "10");
        await Assert.That(result.Stderr).Contains("opentrain auth claim --email");
        await Assert.That(result.ExitCode).IsEqualTo(1);
    }
}
