using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Auth;

public class LoginCommandTests
{
    [Test]
    public async Task Verifies_the_token_then_saves_it_with_the_base_url_and_drops_the_claim_token()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me);
        using var env = new TestEnvironment();
        env.WriteCredentials("""{"apiToken":"ot_pat_old_x","claimToken":"ot_clm_stale"}""");

        var result = await CliRunner.RunAsync(["auth", "login", "--token", Fixtures.PostClaimToken, "--base-url", server.BaseUrl], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(server.Requests.Single().Header("Authorization")).IsEqualTo($"Bearer {Fixtures.PostClaimToken}");
        var saved = JsonNode.Parse(env.ReadCredentials()!)!.AsObject();
        await Assert.That(saved["apiToken"]!.GetValue<string>()).IsEqualTo(Fixtures.PostClaimToken);
        await Assert.That(saved["baseUrl"]!.GetValue<string>()).IsEqualTo(server.BaseUrl);
        await Assert.That(saved.ContainsKey("claimToken")).IsFalse();
        await Assert.That(result.Stdout).Contains("User:     Mira Chen <owner@example.com> (EMPLOYER)");
        await Assert.That(result.Stdout).Contains(env.CredentialsPath);
        await Fixtures.AssertNoSecrets(result);
    }

    [Test]
    public async Task Reads_the_token_from_stdin_with_dash()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me);
        using var env = new TestEnvironment();

        var result = await CliRunner.RunAsync(["auth", "login", "--api-key", "-", "--base-url", server.BaseUrl], env.Variables, stdin: Fixtures.PostClaimToken + "\n");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(server.Requests.Single().Header("Authorization")).IsEqualTo($"Bearer {Fixtures.PostClaimToken}");
    }

    [Test]
    public async Task A_rejected_token_is_not_saved()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 401, Fixtures.Envelope("Invalid token.", "UNAUTHORIZED"));
        using var env = new TestEnvironment();

        var result = await CliRunner.RunAsync(["auth", "login", "--api-key", Fixtures.PostClaimToken, "--base-url", server.BaseUrl], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed (401 UNAUTHORIZED): Invalid token.\nHint: " + OpenTrain.Operations.CommonHints.Unauthorized + "\n");
        await Assert.That(env.ReadCredentials()).IsNull();
        await Fixtures.AssertNoSecrets(result);
    }

    [Test]
    public async Task Missing_api_key_is_a_usage_error()
    {
        var result = await CliRunner.RunAsync(["auth", "login"]);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("Usage error: --api-key is required\n");
    }

    [Test]
    public async Task Json_result_has_identity_and_a_masked_token()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me);
        using var env = new TestEnvironment();

        var result = await CliRunner.RunAsync(["auth", "login", "--api-key", Fixtures.PostClaimToken, "--base-url", server.BaseUrl, "--json"], env.Variables);

        var json = JsonNode.Parse(result.Stdout)!.AsObject();
        await Assert.That(json["status"]!.GetValue<string>()).IsEqualTo("logged_in");
        await Assert.That(json["tokenPreview"]!.GetValue<string>()).IsEqualTo("ot_pat_post…4321");
        await Assert.That(json["me"]!["actor"]!["email"]!.GetValue<string>()).IsEqualTo("owner@example.com");
        await Fixtures.AssertNoSecrets(result);
    }
}
