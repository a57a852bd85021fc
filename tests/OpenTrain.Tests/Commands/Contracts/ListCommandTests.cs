using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Contracts;

public class ListCommandTests
{
    [Test]
    public async Task Lists_contracts_then_their_milestones_as_aligned_tables()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts", 200, Fixtures.ContractList);

        var result = await api.RunAsync("contracts", "list", "--job-id", "job_1", "--status", "active");

        await api.AssertSingleRequest("GET", "/contracts", "?jobId=job_1&status=active");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "ID    STATUS  TITLE                                TRAINER           RATE                 STARTED\n" +
            "ct_1  active  Spanish Sentiment Labeling Contract  María G. (Spain)  $300.00 fixed price  2026-06-12T09:30:00.000Z\n" +
            "\n" +
            "Milestones:\n" +
            "CONTRACT  #  MILESTONE  NAME                  STATUS         AMOUNT   VOLUME  DUE         NOTE\n" +
            "ct_1      1  ms_1       First labeling batch  ACTIVE_FUNDED  $300.00          2026-07-01  pending approval\n");
    }

    [Test]
    public async Task Without_filters_sends_no_query_and_says_when_empty()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts", 200, """{"contracts":[]}""");

        var result = await api.RunAsync("contracts", "list");

        await api.AssertSingleRequest("GET", "/contracts");
        await Assert.That(result.Stdout).IsEqualTo("No contracts found.\n");
    }

    [Test]
    public async Task A_bad_status_is_a_usage_error_without_a_request()
    {
        await using var api = await ApiSession.StartAsync();
        var result = await api.RunAsync("contracts", "list", "--status", "open");
        await api.AssertUsageError(result, "invalid value 'open' for --status (expected one of: active, ended)");
    }
}
