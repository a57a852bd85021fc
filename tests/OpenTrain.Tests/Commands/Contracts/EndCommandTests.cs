using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Contracts;

public class EndCommandTests
{
    [Test]
    public async Task A_200_says_the_contract_ended()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/contracts/ct_1/end", 200, """{"ok":true,"contractId":"ct_1","status":"ended"}""");

        var result = await api.RunAsync("contracts", "end", "--contract-id", "ct_1");

        await api.AssertSingleRequest("POST", "/contracts/ct_1/end");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("Contract ct_1 ended.\n");
    }

    [Test]
    public async Task A_202_prints_the_approval_url_on_its_own_line_and_how_to_check_it()
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.OnJson("POST", "/api/public/v1/contracts/ct_1/end", 202,
            Fixtures.Pending("contract_end", "This contract has funded milestones, so a signed-in human must confirm ending it in the OpenTrain app.", milestoneId: null));

        var result = await api.RunAsync("contracts", "end", "ct_1");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "Contract ct_1 has funded milestones: ending it needs a human's approval. It has not ended yet.\n" +
            "\n" +
            "A signed-in human must open and confirm:\n" +
            "https://app.opentrain.ai/approvals/ap_1\n" +
            "\n" +
            "Approval:  ap_1\n" +
            "Type:      contract_end\n" +
            "Status:    pending\n" +
            "Job:       job_1\n" +
            "Contract:  ct_1\n" +
            "Expires:   2026-06-15T10:00:00.000Z\n" +
            "\n" +
            "This contract has funded milestones, so a signed-in human must confirm ending it in the OpenTrain app.\n" +
            "\n" +
            "Check it with:\n" +
            "  opentrain approvals get ap_1\n" +
            "Or wait until the human acts (exit 0 once done):\n" +
            "  opentrain approvals get ap_1 --wait\n");
    }

    [Test]
    public async Task Already_ended_renders_the_409_reason()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/contracts/ct_1/end", 409, Fixtures.Envelope("Contract already ended", "CONFLICT", """{"reason":"contract_ended"}"""));

        var result = await api.RunAsync("contracts", "end", "ct_1");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (409 CONFLICT): Contract already ended", """{"reason":"contract_ended"}""");
    }

    [Test]
    public async Task Feature_off_renders_the_feature_key()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/contracts/ct_1/end", 403, Fixtures.Envelope("Feature not enabled", "FORBIDDEN", """{"featureKey":"public_api_payments_write"}"""));

        var result = await api.RunAsync("contracts", "end", "ct_1");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (403 FORBIDDEN): Feature not enabled", """{"featureKey":"public_api_payments_write"}""");
    }
}
