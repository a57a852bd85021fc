using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Team;

public class ShowCommandTests
{
    [Test]
    public async Task Shows_organization_members_and_pending_invites()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/team", 200, $$"""{"team":{{Fixtures.Team}}}""");

        var result = await api.RunAsync("team", "show");

        await api.AssertSingleRequest("GET", "/team");
        await Assert.That(result.Stdout).IsEqualTo(
            "Organization:  Acme Research (org_1)\n" +
            "Owner:         Dana Owner\n" +
            "\n" +
            "Members:\n" +
            "ROLE    NAME          EMAIL             JOINED\n" +
            "OWNER   Dana Owner    dana@example.com  2026-05-01T09:00:00.000Z\n" +
            "MEMBER  Sam Teammate  sam@example.com   2026-06-02T14:30:00.000Z\n" +
            "\n" +
            "Pending invites:\n" +
            "EMAIL                SENT                      EXPIRES\n" +
            "newhire@example.com  2026-06-12T10:00:00.000Z  2026-06-19T10:00:00.000Z\n");
    }

    [Test]
    public async Task Teams_not_enabled_renders_the_reason()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/team", 403, Fixtures.Envelope("Employer teams are not enabled", "FORBIDDEN", """{"reason":"teams_not_enabled"}"""));

        var result = await api.RunAsync("team", "show");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (403 FORBIDDEN): Employer teams are not enabled", """{"reason":"teams_not_enabled"}""");
    }

    [Test]
    public async Task Feature_off_renders_the_feature_key()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/team", 403, Fixtures.Envelope("Feature disabled", "FORBIDDEN", """{"featureKey":"public_api_team"}"""));

        var result = await api.RunAsync("team", "show");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (403 FORBIDDEN): Feature disabled", """{"featureKey":"public_api_team"}""");
    }
}
