using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Credits;

public class LedgerCommandTests
{
    [Test]
    public async Task Sends_limit_and_cursor_and_ends_with_the_next_page()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/credits/ledger", 200, $$"""{"entries":{{Fixtures.LedgerEntries}},"nextCursor":"cur_2"}""");

        var result = await api.RunAsync("credits", "ledger", "--limit", "2", "--cursor", "cur_1");

        await api.AssertSingleRequest("GET", "/credits/ledger", "?limit=2&cursor=cur_1");
        await Assert.That(result.Stdout).StartsWith("DATE                      TYPE    AMOUNT    LINKED TO       NOTE\n");
        await Assert.That(result.Stdout).Contains("2026-06-11T15:30:00.000Z  HOLD    -$25.00   milestone ms_1  Escrow — first batch\n");
        await Assert.That(result.Stdout).EndsWith("\nNext cursor: cur_2\n");
        await Assert.That(result.Stderr).IsEqualTo("More results: opentrain credits ledger --limit 2 --cursor cur_2\n");
    }

    [Test]
    public async Task An_empty_last_page_says_so()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/credits/ledger", 200, """{"entries":[],"nextCursor":null}""");

        var result = await api.RunAsync("credits", "ledger");

        await api.AssertSingleRequest("GET", "/credits/ledger");
        await Assert.That(result.Stdout).IsEqualTo("No ledger entries.\n");
        await Assert.That(result.Stderr).IsEmpty();
    }

    [Test]
    [Arguments("0", "--limit must be between 1 and 100, got 0")]
    [Arguments("101", "--limit must be between 1 and 100, got 101")]
    [Arguments("ten", "invalid value 'ten' for --limit")]
    public async Task Out_of_range_limit_is_a_usage_error_without_a_request(string limit, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync("credits", "ledger", "--limit", limit), message);
    }
}
