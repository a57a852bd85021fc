using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Team;

public class InviteCommandTests
{
    [Test]
    [Arguments("invite_created", "Invitation emailed to newhire@example.com. It stays pending until they accept.")]
    [Arguments("member_added", "newhire@example.com already had an OpenTrain account and was added to the team.")]
    [Arguments("already_member", "newhire@example.com is already a member; nothing changed.")]
    public async Task Sends_the_email_and_says_what_happened(string status, string line)
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/team/invites", 200, $$"""{"ok":true,"status":"{{status}}","email":"newhire@example.com","team":{{Fixtures.Team}}}""");

        var result = await api.RunAsync("team", "invite", "--email", "newhire@example.com");

        await api.AssertSingleRequest("POST", "/team/invites", body: """{"email":"newhire@example.com"}""");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith(line + "\n\nOrganization:  Acme Research (org_1)\n");
        await Assert.That(result.Stdout).Contains("newhire@example.com  2026-06-12T10:00:00.000Z  2026-06-19T10:00:00.000Z\n");
    }

    [Test]
    [Arguments(new string[0], "--email is required")]
    [Arguments(new[] { "--email", "not-an-email" }, "--email must be an email address, got 'not-an-email'")]
    [Arguments(new[] { "--email", "a b@example.com" }, "--email must be an email address, got 'a b@example.com'")]
    public async Task A_missing_or_malformed_email_is_a_usage_error_without_a_request(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync(["team", "invite", .. args]), message);
    }

    [Test]
    public async Task Claim_required_renders_the_details()
    {
        await using var api = await ApiSession.StartAsync();
        const string details = """{"reason":"account_claim_required","action":"invite team members","claimUrl":"https://app.opentrain.ai/claim"}""";
        api.Reply("POST", "/team/invites", 403, Fixtures.Envelope("A human must claim this agent account first.", "FORBIDDEN", details));

        var result = await api.RunAsync("team", "invite", "--email", "newhire@example.com");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (403 FORBIDDEN): A human must claim this agent account first.", details);
    }

    [Test]
    public async Task Email_send_failure_renders_the_409_reason()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/team/invites", 409, Fixtures.Envelope("Invite email could not be sent", "CONFLICT", """{"reason":"invite_email_send_failed"}"""));

        var result = await api.RunAsync("team", "invite", "--email", "newhire@example.com");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (409 CONFLICT): Invite email could not be sent", """{"reason":"invite_email_send_failed"}""");
    }
}
