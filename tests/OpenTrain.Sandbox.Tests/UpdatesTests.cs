using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class UpdatesTests
{
    private const string V1 = "/api/public/v1";

    [Test]
    public async Task Feed_is_oldest_first_with_cursor_and_has_more()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.PublishedJobAsync(account.Token);

        var first = await s.Api.Get($"{V1}/updates?limit=2", account.Token);
        var events = first["events"].AsArray();
        await Assert.That(events.Count).IsEqualTo(2);
        await Assert.That(first["hasMore"].GetValue<bool>()).IsTrue();
        var e0 = events[0]!;
        await Assert.That(e0["type"]!.GetValue<string>()).IsEqualTo("proposal.received");
        await Assert.That(e0["apiVersion"]!.GetValue<string>()).IsEqualTo("v1");
        await Assert.That(e0["jobId"]!.GetValue<string>()).IsEqualTo(jobId);
        await Assert.That(e0["resourceId"]!.GetValue<string>()).IsEqualTo(e0["data"]!["proposalId"]!.GetValue<string>());
        await Assert.That(long.Parse(events[1]!["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture))
            .IsGreaterThan(long.Parse(e0["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture));
        await Assert.That(first.Str("nextCursor")).IsEqualTo(events[1]!["id"]!.GetValue<string>());

        var second = await s.Api.Get($"{V1}/updates?cursor={first.Str("nextCursor")}", account.Token);
        await Assert.That(second["events"].AsArray().Count).IsEqualTo(1);
        await Assert.That(second["hasMore"].GetValue<bool>()).IsFalse();
        var empty = await s.Api.Get($"{V1}/updates?cursor={second.Str("nextCursor")}", account.Token);
        await Assert.That(empty["events"].AsArray().Count).IsEqualTo(0);
        await Assert.That(empty.Str("nextCursor")).IsEqualTo(second.Str("nextCursor"));
    }

    [Test]
    public async Task Empty_first_poll_has_a_null_cursor()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var reply = await s.Api.Get($"{V1}/updates", account.Token);
        await Assert.That(reply.Raw).IsEqualTo("{\"events\":[],\"nextCursor\":null,\"hasMore\":false}");
    }

    [Test]
    public async Task Events_are_filtered_by_readable_scope_and_account()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        await s.HiredAsync(account.Token);
        s.Account();
        var paymentsOnly = s.Control.MintToken(["payments:read"], accountId: account.AccountId).Token;
        var reply = await s.Api.Get($"{V1}/updates?limit=200", paymentsOnly);
        var types = reply["events"].AsArray().Select(e => e!["type"]!.GetValue<string>()).Distinct().OrderBy(t => t, StringComparer.Ordinal);
        await Assert.That(string.Join(",", types)).IsEqualTo("approval.confirmed,contract.created,milestone.status_changed");
        var proposalsOnly = s.Control.MintToken(["proposals:read"], accountId: account.AccountId).Token;
        var proposals = await s.Api.Get($"{V1}/updates?limit=200", proposalsOnly);
        await Assert.That(proposals["events"].AsArray().All(e => e!["type"]!.GetValue<string>().StartsWith("proposal.", StringComparison.Ordinal))).IsTrue();
        var stranger = s.Account();
        await Assert.That((await s.Api.Get($"{V1}/updates", stranger.Token))["events"].AsArray().Count).IsEqualTo(0);
    }

    [Test]
    public async Task A_token_without_feed_scopes_is_403()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account("jobs:read", "team:read");
        var details = await Expect.Envelope(await s.Api.Get($"{V1}/updates", account.Token), 403, "FORBIDDEN");
        await Expect.Strings(details!["requiredScopes"], "proposals:read", "messages:read", "payments:read");
    }

    [Test]
    [Arguments("limit=0", "limit")]
    [Arguments("limit=201", "limit")]
    [Arguments("cursor=abc", "cursor")]
    public async Task Bad_limit_or_cursor_is_400(string query, string field)
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var details = await Expect.Envelope(await s.Api.Get($"{V1}/updates?{query}", account.Token), 400, "BAD_REQUEST");
        await Assert.That(details!["field"]!.GetValue<string>()).IsEqualTo(field);
    }

    [Test]
    public async Task Limit_200_is_accepted()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        await Assert.That((await s.Api.Get($"{V1}/updates?limit=200", account.Token)).Status).IsEqualTo(200);
    }
}
