using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class TeamTests
{
    private const string V1 = "/api/public/v1";

    [Test]
    public async Task Show_lists_the_owner()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Control.CreateAccount(new Control.NewAccount { Email = "dana@example.com", FirstName = "Dana", LastName = "Owner", OrganizationName = "Acme Research" });
        var team = (await s.Api.Get($"{V1}/team", account.Token))["team"];
        await Assert.That(team["organization"]!["name"]!.GetValue<string>()).IsEqualTo("Acme Research");
        await Assert.That(team["organization"]!["ownerName"]!.GetValue<string>()).IsEqualTo("Dana Owner");
        await Assert.That(team["members"]![0]!["role"]!.GetValue<string>()).IsEqualTo("OWNER");
        await Assert.That(team["members"]![0]!["email"]!.GetValue<string>()).IsEqualTo("dana@example.com");
        await Assert.That(team["invites"]!.AsArray().Count).IsEqualTo(0);
    }

    [Test]
    public async Task Invite_statuses_created_added_already_member()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Control.CreateAccount(new Control.NewAccount { Email = "dana@example.com" });
        s.Control.CreateAccount(new Control.NewAccount { Email = "sam@example.com", FirstName = "Sam", LastName = "Teammate" });
        var created = await s.Api.Post($"{V1}/team/invites", new JsonObject { ["email"] = "newhire@example.com" }, account.Token);
        await Assert.That(created.Status).IsEqualTo(200);
        await Assert.That(created.Str("status")).IsEqualTo("invite_created");
        var invite = created["team"]["invites"]![0]!;
        await Assert.That(invite["email"]!.GetValue<string>()).IsEqualTo("newhire@example.com");
        var ttl = DateTimeOffset.Parse(invite["expiresAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)
            - DateTimeOffset.Parse(invite["createdAt"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture);
        await Assert.That(ttl).IsEqualTo(TimeSpan.FromDays(7));

        var added = await s.Api.Post($"{V1}/team/invites", new JsonObject { ["email"] = "sam@example.com" }, account.Token);
        await Assert.That(added.Str("status")).IsEqualTo("member_added");
        await Assert.That(added["team"]["members"]!.AsArray().Count).IsEqualTo(2);
        var again = await s.Api.Post($"{V1}/team/invites", new JsonObject { ["email"] = "sam@example.com" }, account.Token);
        await Assert.That(again.Str("status")).IsEqualTo("already_member");
    }

    [Test]
    public async Task Invite_errors()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        await Expect.Envelope(await s.Api.Post($"{V1}/team/invites", new JsonObject { ["email"] = "nope" }, account.Token), 400, "BAD_REQUEST");
        await Expect.Envelope(await s.Api.Post($"{V1}/team/invites", new JsonObject { ["email"] = "x@bounce.example" }, account.Token), 409, "CONFLICT", "invite_email_send_failed");
        var unclaimed = s.UnclaimedAccount();
        await Expect.Envelope(await s.Api.Post($"{V1}/team/invites", new JsonObject { ["email"] = "a@example.com" }, unclaimed.Token), 403, "FORBIDDEN", "account_claim_required");
        await Assert.That((await s.Api.Get($"{V1}/team", unclaimed.Token)).Status).IsEqualTo(200);
        var reader = s.Account("team:read");
        await Expect.Envelope(await s.Api.Post($"{V1}/team/invites", new JsonObject { ["email"] = "a@example.com" }, reader.Token), 403, "FORBIDDEN");
        s.Control.UpdateAccount(account.AccountId, teamsEnabled: false);
        await Expect.Envelope(await s.Api.Get($"{V1}/team", account.Token), 403, "FORBIDDEN", "teams_not_enabled");
    }
}
