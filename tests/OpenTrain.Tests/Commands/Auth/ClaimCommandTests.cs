using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Auth;

public class ClaimCommandTests
{
    [Test]
    public async Task Starts_the_claim_with_the_saved_claim_token_and_shows_uri_and_code()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/identity/claim", 200, Fixtures.ClaimStarted);
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}","claimToken":"{{Fixtures.ClaimToken}}","baseUrl":"{{server.BaseUrl}}"}""");

        var result = await CliRunner.RunAsync(["auth", "claim", "--email", "owner@example.com"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        var request = server.Requests.Single();
        await Assert.That(request.Header("Authorization")).IsNull();
        await Assert.That(request.Body).IsEqualTo($$"""{"claim_token":"{{Fixtures.ClaimToken}}","email":"owner@example.com"}""");
        await Assert.That(result.Stdout).Contains("Open:  https://app.opentrain.ai/claim?token=ot_cat_attempt123");
        await Assert.That(result.Stdout).Contains("Code:  439218");
        await Assert.That(result.Stdout).Contains("within 30 minutes");
        await Assert.That(result.Stdout).Contains("opentrain auth claim-status --wait");
        await Fixtures.AssertNoSecrets(result);
    }

    [Test]
    public async Task Json_result_carries_code_and_uri()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/identity/claim", 200, Fixtures.ClaimStarted);
        using var env = new TestEnvironment();

        var result = await CliRunner.RunAsync(["auth", "claim", "--email=owner@example.com", "--claim-token", Fixtures.ClaimToken, "--json", "--base-url", server.BaseUrl], env.Variables);

        var json = JsonNode.Parse(result.Stdout)!.AsObject();
        await Assert.That(json["status"]!.GetValue<string>()).IsEqualTo("claim_started");
        await Assert.That(json["userCode"]!.GetValue<string>()).IsEqualTo("439218");
        await Assert.That(json["emailSent"]!.GetValue<bool>()).IsTrue();
    }

    [Test]
    public async Task Missing_email_or_claim_token_is_a_usage_error_without_a_request()
    {
        await using var server = await StubServer.StartAsync();
        using var env = new TestEnvironment();

        var noEmail = await CliRunner.RunAsync(["auth", "claim", "--base-url", server.BaseUrl], env.Variables);
        var noToken = await CliRunner.RunAsync(["auth", "claim", "--email", "a@b.c", "--base-url", server.BaseUrl], env.Variables);

        await Assert.That(noEmail.ExitCode).IsEqualTo(1);
        await Assert.That(noEmail.Stderr).IsEqualTo("Usage error: --email is required\n");
        await Assert.That(noToken.ExitCode).IsEqualTo(1);
        await Assert.That(noToken.Stderr).StartsWith("Usage error: no claim token: pass --claim-token");
        await Assert.That(server.Requests).IsEmpty();
    }

    [Test]
    [Arguments(new string[] { "claim", "--email", "a@b.c" }, "auth claim")]
    [Arguments(new string[] { "claim-status", "--wait" }, "auth claim-status")]
    public async Task After_the_claim_the_error_says_it_may_be_done_and_does_not_send_the_agent_to_register_again(string[] args, string command)
    {
        await using var server = await StubServer.StartAsync();
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PostClaimToken}}","baseUrl":"{{server.BaseUrl}}"}""");

        var result = await CliRunner.RunAsync(["auth", .. args, "--base-url", server.BaseUrl], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(1).Because(command);
        await Assert.That(result.Stderr).IsEqualTo(
            "Usage error: no claim token: the saved token has none beside it: a completed claim removes it (so this account may be claimed already), " +
            "and 'auth login' tokens have none. 'opentrain auth status' shows the account and its scopes; pass --claim-token to claim another registration\n");
        await Assert.That(server.Requests).IsEmpty();
        await Fixtures.AssertNoSecrets(result);
    }
}
