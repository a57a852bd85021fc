using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Http;

public class ErrorRenderingTests
{
    private static Dictionary<string, string> Env(StubServer server) => TestEnvironment.Isolated(Fixtures.PreClaimToken, server.BaseUrl);

    [Test]
    public async Task Envelope_error_prints_status_code_message_and_compact_details()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 403,
            Fixtures.Envelope("A human must claim this agent account before it can hire AI trainers.", "FORBIDDEN",
                """{ "reason": "account_claim_required", "claimUrl": "https://app.opentrain.ai/claim", "n": 1.50 }"""));

        var result = await CliRunner.RunAsync(["whoami"], Env(server));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).StartsWith(
            "OpenTrain API request failed (403 FORBIDDEN): A human must claim this agent account before it can hire AI trainers.\n" +
            "Details: {\"reason\":\"account_claim_required\",\"claimUrl\":\"https://app.opentrain.ai/claim\",\"n\":1.50}\n" +
            "Hint: a human must claim this account first");
    }

    [Test]
    public async Task Envelope_without_details_prints_one_line()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 404, Fixtures.Envelope("The token's user no longer exists.", "NOT_FOUND"));

        var result = await CliRunner.RunAsync(["whoami"], Env(server));

        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed (404 NOT_FOUND): The token's user no longer exists.\n");
    }

    [Test]
    public async Task A_rejected_token_says_how_to_get_a_valid_one()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 401, Fixtures.Envelope("Invalid or revoked token.", "UNAUTHORIZED"));

        var result = await CliRunner.RunAsync(["whoami"], Env(server));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed (401 UNAUTHORIZED): Invalid or revoked token.\n" +
            "Hint: the API rejected the token (invalid, expired or revoked; a completed claim revokes the registration token). " +
            $"A human creates a new one at {server.BaseUrl}/settings/api-keys (Settings → API keys); save it with 'opentrain auth login --api-key -'. " +
            "A token set in the environment is used before the saved one.\n");
    }

    [Test]
    public async Task OAuth_error_uses_error_as_code_and_description_as_message()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/identity/claim", 400, Fixtures.OAuthError("invalid_request", "email_already_registered"));

        var result = await CliRunner.RunAsync(["auth", "claim", "--email", "a@b.c", "--claim-token", Fixtures.ClaimToken], Env(server));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed (400 invalid_request): email_already_registered\n");
    }

    [Test]
    public async Task OAuth_error_without_description_repeats_the_error()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/identity", 403, Fixtures.OAuthError("anonymous_not_enabled"));
        using var env = new TestEnvironment();
        env.With("OT_API_BASE_URL", server.BaseUrl);

        var result = await CliRunner.RunAsync(["auth", "register"], env.Variables);

        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed (403 anonymous_not_enabled): anonymous_not_enabled\n");
    }

    [Test]
    public async Task Empty_error_body_uses_the_reason_phrase()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 404, "");

        var result = await CliRunner.RunAsync(["whoami"], Env(server));

        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed (404 HTTP_404): Not Found\n");
    }

    [Test]
    public async Task Successful_status_with_a_broken_body_is_an_error_not_a_crash()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", "/api/public/v1/auth/me", 200, "{\"actor\": ");

        var result = await CliRunner.RunAsync(["whoami"], Env(server));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("OpenTrain API request failed (200 INVALID_RESPONSE): ");
        await Assert.That(result.Stderr).DoesNotContain("   at ");
    }
}
