using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Auth;

public class StatusCommandTests
{
    [Test]
    [Arguments("whoami")]
    [Arguments("auth status")]
    public async Task Shows_user_token_scopes_and_account(string command)
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me);
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}","baseUrl":"{{server.BaseUrl}}"}""");

        var result = await CliRunner.RunAsync(command.Split(' '), env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "User:     Mira Chen <owner@example.com> (EMPLOYER)\n" +
            "Token:    ci-runner (tok_1)\n" +
            "Scopes:   jobs:read jobs:write\n" +
            "Account:  employer_organization, OWNER\n" +
            $"API:      {server.BaseUrl}\n");
        await Assert.That(server.Requests.Single().Header("Authorization")).IsEqualTo($"Bearer {Fixtures.PreClaimToken}");
    }

    [Test]
    public async Task Json_prints_the_response_body_exactly()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, """{"z":"é <&>","actor":{"fullName":"Mira"},"n":1.50}""");
        var env = new Dictionary<string, string> { ["XDG_CONFIG_HOME"] = "/nonexistent/x", ["OPENTRAIN_API_TOKEN"] = Fixtures.PreClaimToken, ["OPENTRAIN_API_BASE_URL"] = server.BaseUrl };

        var result = await CliRunner.RunAsync(["whoami", "--json"], env);

        await Assert.That(result.Stdout).IsEqualTo("{\n  \"z\": \"é <&>\",\n  \"actor\": {\n    \"fullName\": \"Mira\"\n  },\n  \"n\": 1.50\n}\n");
    }

    [Test]
    public async Task Without_a_token_fails_before_any_request()
    {
        await using var server = await StubServer.StartAsync();
        using var env = new TestEnvironment();

        var result = await CliRunner.RunAsync(["whoami", "--base-url", server.BaseUrl], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Error: Not logged in: no API token found. Run 'opentrain auth register'");
        await Assert.That(server.Requests).IsEmpty();
    }

    [Test]
    public async Task Extra_arguments_are_usage_errors()
    {
        var result = await CliRunner.RunAsync(["whoami", "--bogus"]);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("Usage error: unknown flag '--bogus'\n");
    }
}
