using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Credits;

public class TopUpStatusCommandTests
{
    [Test]
    public async Task Completed_shows_the_amount_and_points_to_the_balance()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/credits/top-ups/tu_1", 200,
            """{"topUp":{"id":"tu_1","status":"COMPLETED","amountCents":10000,"createdAt":"2026-06-12T10:00:00.000Z","completedAt":"2026-06-12T10:12:00.000Z","expiresAt":"2026-06-13T10:00:00.000Z"}}""");

        var result = await api.RunAsync("credits", "top-up-status", "tu_1");

        await api.AssertSingleRequest("GET", "/credits/top-ups/tu_1");
        await Assert.That(result.Stdout).IsEqualTo(
            "Top-up:     tu_1\n" +
            "Status:     COMPLETED\n" +
            "Amount:     $100.00\n" +
            "Created:    2026-06-12T10:00:00.000Z\n" +
            "Completed:  2026-06-12T10:12:00.000Z\n" +
            "\n" +
            "Paid: the credits are available. See the balance: opentrain credits show\n");
    }

    [Test]
    public async Task Pending_shows_the_expiry_and_expired_says_to_create_a_new_one()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/credits/top-ups/tu_1", 200, $$"""{"topUp":{{Fixtures.TopUp}}}""");
        api.Reply("GET", "/credits/top-ups/tu_1", 200, $$"""{"topUp":{{Fixtures.TopUp.Replace("PENDING", "EXPIRED")}}}""");

        var pending = await api.RunAsync("credits", "top-up-status", "--top-up-id", "tu_1");
        var expired = await api.RunAsync("credits", "top-up-status", "tu_1");

        await Assert.That(pending.Stdout).Contains("Expires:  2026-06-13T10:00:00.000Z\n");
        await Assert.That(pending.Stdout).EndsWith("Waiting for a human to pay the checkout link. Check again: opentrain credits top-up-status tu_1 (add --wait to wait for it)\n");
        await Assert.That(expired.Stdout).EndsWith("Create a new one: opentrain credits top-up --amount-usd <usd>\n");
    }

    [Test]
    public async Task Not_found_renders_the_details()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/credits/top-ups/tu_9", 404, Fixtures.Envelope("Top-up not found", "NOT_FOUND", """{"resource":"credit-top-ups","topUpId":"tu_9"}"""));

        var result = await api.RunAsync("credits", "top-up-status", "tu_9");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (404 NOT_FOUND): Top-up not found", """{"resource":"credit-top-ups","topUpId":"tu_9"}""");
    }
}
