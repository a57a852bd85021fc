using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class TokensTests
{
    [Test]
    public async Task Auth_me_describes_actor_token_and_account()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Control.CreateAccount(new Control.NewAccount { Email = "mira@example.com", FirstName = "Mira", LastName = "Chen", Scopes = ["jobs:read"] });
        var me = await s.Api.Get("/api/public/v1/auth/me", account.Token);
        await Assert.That(me.Status).IsEqualTo(200);
        await Assert.That(me["actor"]["fullName"]!.GetValue<string>()).IsEqualTo("Mira Chen");
        await Assert.That(me["actor"]["userType"]!.GetValue<string>()).IsEqualTo("EMPLOYER");
        await Assert.That(me["token"]["id"]!.GetValue<string>()).IsEqualTo(account.TokenId);
        await Expect.Strings(me["token"]["scopes"], "jobs:read");
        await Assert.That(me["account"]["kind"]!.GetValue<string>()).IsEqualTo("employer_organization");
        await Assert.That(me["account"]["memberRole"]!.GetValue<string>()).IsEqualTo("OWNER");
    }

    [Test]
    [Arguments(null)]
    [Arguments("ot_pat_deadbeef_00000000000000000000000000000000")]
    public async Task Missing_or_unknown_token_is_401(string? token)
    {
        await using var s = await Scenario.StartAsync();
        await Expect.Envelope(await s.Api.Get("/api/public/v1/auth/me", token), 401, "UNAUTHORIZED");
    }

    [Test]
    public async Task Expired_token_is_401_and_listed_as_expired()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var minted = s.Control.MintToken(["jobs:read"], accountId: account.AccountId, expiresAt: DateTimeOffset.UtcNow.AddHours(1));
        s.Control.AdvanceTime(TimeSpan.FromHours(2));
        await Expect.Envelope(await s.Api.Get("/api/public/v1/auth/me", minted.Token), 401, "UNAUTHORIZED");
        var list = await s.Api.Get("/api/public/v1/tokens", account.Token);
        var record = list["tokens"].AsArray().Single(t => t!["id"]!.GetValue<string>() == minted.TokenId)!;
        await Assert.That(record["status"]!.GetValue<string>()).IsEqualTo("expired");
    }

    [Test]
    public async Task Create_with_empty_body_clones_the_callers_scopes()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account("jobs:read", "proposals:write");
        var reply = await s.Api.Post("/api/public/v1/tokens", new JsonObject(), account.Token);
        await Assert.That(reply.Status).IsEqualTo(201);
        await Assert.That(reply.Str("tokenType")).IsEqualTo("bearer");
        var token = reply.Str("token");
        await Assert.That(token).Matches("^ot_pat_[0-9a-f]{8}_[0-9a-f]{32}$");
        var meta = reply["metadata"];
        await Assert.That(meta["name"]!.GetValue<string>()).IsEqualTo("API token");
        await Expect.Strings(meta["scopes"], "jobs:read", "proposals:write");
        await Assert.That(meta["preview"]!.GetValue<string>()).IsEqualTo($"ot_pat_{token[7..11]}********{token[^4..]}");
        await Assert.That(meta["status"]!.GetValue<string>()).IsEqualTo("active");
        await Assert.That((await s.Api.Get("/api/public/v1/auth/me", token)).Status).IsEqualTo(200);
    }

    [Test]
    public async Task Write_scope_covers_its_read_scope_when_minting()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account("proposals:write");
        var reply = await s.Api.Post("/api/public/v1/tokens", new JsonObject { ["name"] = "reader", ["scopes"] = new JsonArray("proposals:read") }, account.Token);
        await Assert.That(reply.Status).IsEqualTo(201);
        await Expect.Strings(reply["metadata"]["scopes"], "proposals:read");
    }

    [Test]
    public async Task Unknown_scopes_are_400_with_the_catalog()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var reply = await s.Api.Post("/api/public/v1/tokens", new JsonObject { ["scopes"] = new JsonArray("jobs:read", "admin:all") }, account.Token);
        var details = await Expect.Envelope(reply, 400, "BAD_REQUEST");
        await Expect.Strings(details!["unknownScopes"], "admin:all");
        await Assert.That(details["supportedScopes"]!.AsArray().Count).IsEqualTo(11);
    }

    [Test]
    public async Task A_token_cannot_escalate()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account("jobs:read");
        var reply = await s.Api.Post("/api/public/v1/tokens", new JsonObject { ["scopes"] = new JsonArray("jobs:write") }, account.Token);
        var details = await Expect.Envelope(reply, 403, "FORBIDDEN");
        await Expect.Strings(details!["requiredScopes"], "jobs:write");
    }

    [Test]
    [Arguments("{\"name\":\"\"}")]
    [Arguments("{\"name\":5}")]
    [Arguments("{\"scopes\":\"jobs:read\"}")]
    [Arguments("{\"expiresAt\":\"2000-01-01T00:00:00.000Z\"}")]
    [Arguments("{\"expiresAt\":\"tomorrow\"}")]
    [Arguments("{oops")]
    public async Task Invalid_create_bodies_are_400(string body)
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        await Expect.Envelope(await s.Api.PostRaw("/api/public/v1/tokens", body, "application/json", account.Token), 400, "BAD_REQUEST");
    }

    [Test]
    public async Task The_26th_active_token_is_refused()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        for (var i = 1; i < 25; i++) await Assert.That((await s.Api.Post("/api/public/v1/tokens", new JsonObject(), account.Token)).Status).IsEqualTo(201);
        await Expect.Envelope(await s.Api.Post("/api/public/v1/tokens", new JsonObject(), account.Token), 409, "CONFLICT", "token_limit_reached");
    }

    [Test]
    public async Task List_shows_every_token_without_secrets_and_revoke_is_immediate()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var other = await s.Api.Post("/api/public/v1/tokens", new JsonObject { ["name"] = "ci" }, account.Token);
        var otherId = other["metadata"]["id"]!.GetValue<string>();

        var list = await s.Api.Get("/api/public/v1/tokens", account.Token);
        await Assert.That(list.Status).IsEqualTo(200);
        await Assert.That(list["tokens"].AsArray().Count).IsEqualTo(2);
        await Assert.That(list.Raw).DoesNotContain(account.Token);
        await Assert.That(list.Raw).DoesNotContain(other.Str("token"));

        var revoked = await s.Api.Delete($"/api/public/v1/tokens/{otherId}", account.Token);
        await Assert.That(revoked.Status).IsEqualTo(200);
        await Assert.That(revoked["token"]["status"]!.GetValue<string>()).IsEqualTo("revoked");
        await Assert.That(revoked["token"]["revokedAt"]!.GetValue<string>()).IsNotEmpty();
        await Expect.Envelope(await s.Api.Get("/api/public/v1/auth/me", other.Str("token")), 401, "UNAUTHORIZED");
        await Assert.That((await s.Api.Delete($"/api/public/v1/tokens/{otherId}", account.Token)).Status).IsEqualTo(200);
    }

    [Test]
    public async Task Revoking_another_accounts_token_is_404_with_token_id()
    {
        await using var s = await Scenario.StartAsync();
        var mine = s.Account();
        var theirs = s.Account();
        var details = await Expect.Envelope(await s.Api.Delete($"/api/public/v1/tokens/{theirs.TokenId}", mine.Token), 404, "NOT_FOUND");
        await Assert.That(details!["tokenId"]!.GetValue<string>()).IsEqualTo(theirs.TokenId);
    }

    [Test]
    public async Task Revoking_the_calling_token_locks_it_out()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        await Assert.That((await s.Api.Delete($"/api/public/v1/tokens/{account.TokenId}", account.Token)).Status).IsEqualTo(200);
        await Expect.Envelope(await s.Api.Get("/api/public/v1/tokens", account.Token), 401, "UNAUTHORIZED");
    }
}
