using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class CreditsTests
{
    private const string V1 = "/api/public/v1";

    [Test]
    public async Task A_new_account_has_an_all_zero_balance_and_empty_ledger()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.UnclaimedAccount("payments:read");
        var reply = await s.Api.Get($"{V1}/credits", account.Token);
        await Assert.That(reply.Raw).IsEqualTo("{\"credits\":{\"availableCents\":0,\"reservedCents\":0,\"currency\":\"usd\",\"recentEntries\":[]}}");
        var ledger = await s.Api.Get($"{V1}/credits/ledger", account.Token);
        await Assert.That(ledger.Raw).IsEqualTo("{\"entries\":[],\"nextCursor\":null}");
    }

    [Test]
    public async Task Top_up_is_pending_until_the_human_pays()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var created = await s.Api.Post($"{V1}/credits/top-ups", new JsonObject { ["amountUsd"] = 100 }, account.Token);
        await Assert.That(created.Status).IsEqualTo(201);
        var id = created.Str("topUpId");
        await Assert.That(created["topUp"]["status"]!.GetValue<string>()).IsEqualTo("PENDING");
        await Assert.That(created["topUp"]["amountCents"]!.GetValue<long>()).IsEqualTo(10_000);
        await Assert.That(created.Str("checkoutUrl")).IsNotEmpty();
        await Assert.That(created.Str("message")).StartsWith("Top-up created.");

        s.Control.PayTopUp(id);
        var status = await s.Api.Get($"{V1}/credits/top-ups/{id}", account.Token);
        await Assert.That(status["topUp"]["status"]!.GetValue<string>()).IsEqualTo("COMPLETED");
        await Assert.That(status["topUp"]["completedAt"]).IsNotNull();
        var balance = (await s.Api.Get($"{V1}/credits", account.Token))["credits"];
        await Assert.That(balance["availableCents"]!.GetValue<long>()).IsEqualTo(10_000);
        await Assert.That(balance["recentEntries"]![0]!["type"]!.GetValue<string>()).IsEqualTo("TOP_UP");
        await Assert.That(balance["recentEntries"]![0]!["topUpId"]!.GetValue<string>()).IsEqualTo(id);
    }

    [Test]
    public async Task Unpaid_top_up_expires_after_24_hours()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var id = (await s.Api.Post($"{V1}/credits/top-ups", new JsonObject { ["amount"] = 10 }, account.Token)).Str("topUpId");
        s.Control.AdvanceTime(TimeSpan.FromHours(24));
        var status = await s.Api.Get($"{V1}/credits/top-ups/{id}", account.Token);
        await Assert.That(status["topUp"]["status"]!.GetValue<string>()).IsEqualTo("EXPIRED");
        await Assert.That(() => s.Control.PayTopUp(id)).Throws<Control.ControlException>();
    }

    [Test]
    [Arguments("{}")]
    [Arguments("{\"amountUsd\":9.99}")]
    [Arguments("{\"amountUsd\":10001}")]
    [Arguments("{\"amountUsd\":\"50\"}")]
    public async Task Top_up_amount_is_validated(string body)
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var details = await Expect.Envelope(await s.Api.PostRaw($"{V1}/credits/top-ups", body, "application/json", account.Token), 400, "BAD_REQUEST");
        await Assert.That(details!["field"]!.GetValue<string>()).IsEqualTo("amountUsd");
    }

    [Test]
    public async Task Top_up_gates_claim_scope_and_feature()
    {
        await using var s = await Scenario.StartAsync();
        var unclaimed = s.UnclaimedAccount();
        await Expect.Envelope(await s.Api.Post($"{V1}/credits/top-ups", new JsonObject { ["amountUsd"] = 50 }, unclaimed.Token), 403, "FORBIDDEN", "account_claim_required");
        var reader = s.Account("payments:read");
        await Expect.Envelope(await s.Api.Post($"{V1}/credits/top-ups", new JsonObject { ["amountUsd"] = 50 }, reader.Token), 403, "FORBIDDEN");
        s.Control.SetFeature("public_api_credits", false, reader.AccountId);
        var details = await Expect.Envelope(await s.Api.Get($"{V1}/credits", reader.Token), 403, "FORBIDDEN");
        await Assert.That(details!["featureKey"]!.GetValue<string>()).IsEqualTo("public_api_credits");
    }

    [Test]
    public async Task Other_accounts_top_ups_are_404()
    {
        await using var s = await Scenario.StartAsync();
        var id = (await s.Api.Post($"{V1}/credits/top-ups", new JsonObject { ["amountUsd"] = 10 }, s.Account().Token)).Str("topUpId");
        var details = await Expect.Envelope(await s.Api.Get($"{V1}/credits/top-ups/{id}", s.Account().Token), 404, "NOT_FOUND");
        await Assert.That(details!["resource"]!.GetValue<string>()).IsEqualTo("credit-top-ups");
        await Assert.That(details["topUpId"]!.GetValue<string>()).IsEqualTo(id);
    }

    [Test]
    public async Task Ledger_is_newest_first_and_paged()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        for (var i = 1; i <= 3; i++)
        {
            var id = (await s.Api.Post($"{V1}/credits/top-ups", new JsonObject { ["amountUsd"] = 10 * i }, account.Token)).Str("topUpId");
            s.Control.PayTopUp(id);
        }
        var first = await s.Api.Get($"{V1}/credits/ledger?limit=2", account.Token);
        await Assert.That(first["entries"][0]!["amountCents"]!.GetValue<long>()).IsEqualTo(3000);
        await Assert.That(first["entries"].AsArray().Count).IsEqualTo(2);
        var second = await s.Api.Get($"{V1}/credits/ledger?limit=2&cursor={first.Str("nextCursor")}", account.Token);
        await Assert.That(second["entries"][0]!["amountCents"]!.GetValue<long>()).IsEqualTo(1000);
        await Assert.That(second["nextCursor"]).IsNull();
        var bad = await Expect.Envelope(await s.Api.Get($"{V1}/credits/ledger?limit=101", account.Token), 400, "BAD_REQUEST");
        await Assert.That(bad!["field"]!.GetValue<string>()).IsEqualTo("limit");
    }
}
