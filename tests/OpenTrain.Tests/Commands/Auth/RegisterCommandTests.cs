using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Auth;

public class RegisterCommandTests
{
    [Test]
    public async Task Registers_without_a_token_and_saves_token_claim_token_and_base_url()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/identity", 200, Fixtures.Registered);
        using var env = new TestEnvironment();
        env.With("OT_API_TOKEN", "ot_pat_envtoken_doesnotcount");

        var result = await CliRunner.RunAsync(["auth", "register", "--name", "Bot", "--org-name", "Acme", "--base-url", server.BaseUrl], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        var request = server.Requests.Single();
        await Assert.That(request.Header("Authorization")).IsNull();
        await Assert.That(request.Header("Content-Type")).IsEqualTo("application/json");
        await Assert.That(request.Body).IsEqualTo("""{"identity_type":"anonymous","agent_name":"Bot","organization_name":"Acme"}""");
        var saved = JsonNode.Parse(env.ReadCredentials()!)!.AsObject();
        await Assert.That(saved["apiToken"]!.GetValue<string>()).IsEqualTo(Fixtures.PreClaimToken);
        await Assert.That(saved["claimToken"]!.GetValue<string>()).IsEqualTo(Fixtures.ClaimToken);
        await Assert.That(saved["baseUrl"]!.GetValue<string>()).IsEqualTo(server.BaseUrl);
        if (!OperatingSystem.IsWindows())
            await Assert.That(File.GetUnixFileMode(env.CredentialsPath)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        await Assert.That(result.Stdout).Contains("Registration:  reg_1");
        await Assert.That(result.Stdout).Contains("ot_pat_pre1…6789 (saved)");
        await Assert.That(result.Stdout).EndsWith(
            "\nNext: a human owner claims the account:\n  opentrain auth claim --email <human-email>\n" +
            "Claiming unlocks hiring and invites (proposals:write), sending messages (messages:write), team invites (team:write) and 20 publishes a day instead of 3.\n" +
            "Money moves (payments:write: milestones, contract end, top-ups) and webhooks (webhooks:manage) still need a token a human creates " +
            $"at {server.BaseUrl}/settings/api-keys (Settings → API keys), then 'opentrain auth login --api-key -'.\n");
        await Assert.That(result.Stderr).Contains("OT_API_TOKEN is set and takes precedence");
        await Fixtures.AssertNoSecrets(result);
    }

    [Test]
    public async Task Omits_absent_optional_fields()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/identity", 200, Fixtures.Registered);
        using var env = new TestEnvironment();

        await CliRunner.RunAsync(["auth", "register", "--base-url", server.BaseUrl], env.Variables);

        await Assert.That(server.Requests.Single().Body).IsEqualTo("""{"identity_type":"anonymous"}""");
    }

    [Test]
    public async Task Refuses_without_force_when_a_token_is_saved_and_sends_nothing()
    {
        await using var server = await StubServer.StartAsync();
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}"}""");

        var result = await CliRunner.RunAsync(["auth", "register", "--base-url", server.BaseUrl], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(server.Requests).IsEmpty();
        await Assert.That(result.Stderr).Contains("--force");
        await Assert.That(result.Stderr).Contains("opentrain auth logout");
        await Fixtures.AssertNoSecrets(result);
    }

    [Test]
    public async Task The_json_refusal_shows_the_saved_tokens_hint_as_stderr_does_not_masked_twice()
    {
        await using var server = await StubServer.StartAsync();
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}"}""");

        var result = await CliRunner.RunAsync(["auth", "register", "--json", "--base-url", server.BaseUrl], env.Variables);

        var preview = OpenTrain.Config.SecretMask.Mask(Fixtures.PreClaimToken);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains($"(token {preview})");
        await Assert.That(result.Stdout).Contains($"(token {preview})");
        await Assert.That(result.Stdout).DoesNotContain("……");
        await Fixtures.AssertNoSecrets(result);
    }

    [Test]
    public async Task Force_replaces_saved_credentials_and_keeps_other_tools_keys()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/identity", 200, Fixtures.Registered);
        using var env = new TestEnvironment();
        env.WriteCredentials("""{"apiToken":"ot_pat_old_old","mcp":{"x":true}}""");

        var result = await CliRunner.RunAsync(["auth", "register", "--force", "--base-url", server.BaseUrl], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        var saved = JsonNode.Parse(env.ReadCredentials()!)!.AsObject();
        await Assert.That(saved["apiToken"]!.GetValue<string>()).IsEqualTo(Fixtures.PreClaimToken);
        await Assert.That(saved["mcp"]!["x"]!.GetValue<bool>()).IsTrue();
    }

    [Test]
    public async Task Json_prints_a_result_object_without_secrets()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/identity", 200, Fixtures.Registered);
        using var env = new TestEnvironment();

        var result = await CliRunner.RunAsync(["auth", "register", "--json", "--base-url", server.BaseUrl], env.Variables);

        var json = JsonNode.Parse(result.Stdout)!.AsObject();
        await Assert.That(json["status"]!.GetValue<string>()).IsEqualTo("registered");
        await Assert.That(json["registrationId"]!.GetValue<string>()).IsEqualTo("reg_1");
        await Assert.That(json["credentialsPath"]!.GetValue<string>()).IsEqualTo(env.CredentialsPath);
        await Assert.That(json["scopes"]!.AsArray().Count).IsEqualTo(6);
        await Fixtures.AssertNoSecrets(result);
    }

    [Test]
    public async Task Corrupt_credentials_file_is_reported_and_left_untouched()
    {
        using var env = new TestEnvironment();
        env.WriteCredentials("{oops");

        var result = await CliRunner.RunAsync(["auth", "register", "--base-url", "http://127.0.0.1:9"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo($"Error: the credentials file {env.CredentialsPath} is not valid JSON ('o' is an invalid start of a property name. Expected a '\"'. LineNumber: 0 | BytePositionInLine: 1.); fix it or remove it with 'opentrain auth logout'\n");
        await Assert.That(env.ReadCredentials()).IsEqualTo("{oops");
    }
}
