using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Contracts;

public class GetCommandTests
{
    [Test]
    [Arguments("ct_1")]
    [Arguments("--contract-id", "ct_1")]
    public async Task Shows_contract_budget_milestones_and_the_conversation_hint(params string[] id)
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_1", 200, Fixtures.Contract);

        var result = await api.RunAsync(["contracts", "get", .. id]);

        await api.AssertSingleRequest("GET", "/contracts/ct_1");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "Contract:      ct_1\n" +
            "Title:         Spanish Sentiment Labeling Contract\n" +
            "Status:        active\n" +
            "Trainer:       María G. (Spain)\n" +
            "Rate:          $300.00 fixed price\n" +
            "Estimated:     $300.00 total\n" +
            "Job:           job_1\n" +
            "Proposal:      prop_1\n" +
            "Started:       2026-06-12T09:30:00.000Z\n" +
            "Conversation:  conv_1\n" +
            "\n" +
            "Budget: LOW\n" +
            "  Funded:            $300.00 (40 hours/labels)\n" +
            "  Consumed:          33.3 hours/labels (83.3%)\n" +
            "  Remaining:         6.7 hours/labels\n" +
            "  Usage:             33.3 hours\n" +
            "  Active milestone:  ms_1 First labeling batch (ACTIVE_FUNDED, $300.00)\n" +
            "  Last usage:        2026-06-12T12:00:00.000Z\n" +
            "\n" +
            "Milestones:\n" +
            "#  MILESTONE  NAME                  STATUS         AMOUNT   VOLUME  DUE         NOTE\n" +
            "1  ms_1       First labeling batch  ACTIVE_FUNDED  $300.00          2026-07-01  pending approval\n" +
            "\n" +
            "Talk to the trainer: opentrain messages read conv_1\n");
    }

    [Test]
    public async Task Ids_are_escaped_into_the_path()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/a%2Fb", 200, Fixtures.Contract);

        await api.RunAsync("contracts", "get", "a/b");

        await Assert.That(api.Server.Requests.Single().Path).IsEqualTo("/api/public/v1/contracts/a%2Fb");
    }

    [Test]
    public async Task Missing_or_conflicting_ids_are_usage_errors_without_a_request()
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync("contracts", "get"), "--contract-id is required");
        await api.AssertUsageError(await api.RunAsync("contracts", "get", "ct_1", "--contract-id", "ct_2"),
            "the id was given twice with different values ('ct_1' and --contract-id 'ct_2')");
    }

    [Test]
    public async Task Not_found_renders_the_envelope()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_9", 404, Fixtures.Envelope("Contract not found", "NOT_FOUND", """{"resource":"contracts","contractId":"ct_9"}"""));

        var result = await api.RunAsync("contracts", "get", "ct_9");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (404 NOT_FOUND): Contract not found",
            """{"resource":"contracts","contractId":"ct_9"}""");
    }
}
