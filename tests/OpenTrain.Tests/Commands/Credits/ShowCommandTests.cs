using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Credits;

public class ShowCommandTests
{
    [Test]
    public async Task Shows_dollars_and_recent_entries()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/credits", 200, """{"credits":{"availableCents":5000,"reservedCents":2500,"currency":"usd","recentEntries":""" + Fixtures.LedgerEntries + "}}");

        var result = await api.RunAsync("credits", "show");

        await api.AssertSingleRequest("GET", "/credits");
        await Assert.That(result.Stdout).IsEqualTo(
            "Available:  $50.00\n" +
            "Reserved:   $25.00\n" +
            "Currency:   USD\n" +
            "\n" +
            "Recent entries:\n" +
            "DATE                      TYPE    AMOUNT    LINKED TO       NOTE\n" +
            "2026-06-12T10:00:00.000Z  TOP_UP  +$100.00  top-up tu_1\n" +
            "2026-06-11T15:30:00.000Z  HOLD    -$25.00   milestone ms_1  Escrow — first batch\n" +
            "\n" +
            "Full history: opentrain credits ledger\n");
    }

    [Test]
    public async Task A_never_used_account_shows_zeros_and_how_to_add_credits()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/credits", 200, """{"credits":{"availableCents":0,"reservedCents":0,"currency":"usd","recentEntries":[]}}""");

        var result = await api.RunAsync("credits", "show");

        await Assert.That(result.Stdout).IsEqualTo(
            "Available:  $0.00\nReserved:   $0.00\nCurrency:   USD\n\nNo credit activity yet. Add credits: opentrain credits top-up --amount-usd <usd>\n");
    }

    [Test]
    public async Task Feature_off_renders_the_feature_key()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/credits", 403, Fixtures.Envelope("Credits are not enabled for this account", "FORBIDDEN", """{"featureKey":"public_api_credits"}"""));

        var result = await api.RunAsync("credits", "show");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (403 FORBIDDEN): Credits are not enabled for this account", """{"featureKey":"public_api_credits"}""");
    }

    [Test]
    public async Task Extra_arguments_are_usage_errors_without_a_request()
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync("credits", "show", "--limit", "5"), "unknown flag '--limit'");
    }
}
