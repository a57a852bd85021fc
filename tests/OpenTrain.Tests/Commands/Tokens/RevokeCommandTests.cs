using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Tokens;

public class RevokeCommandTests
{
    private const string Revoked = """
        {"token":{"id":"tok_2","name":"Old","preview":"ot_pat_8f2a********91cd","scopes":["jobs:read"],"status":"revoked","organizationId":null,"createdAt":"2026-05-01T10:00:00.000Z","lastUsedAt":null,"expiresAt":null,"revokedAt":"2026-06-12T10:00:00.000Z"}}
        """;

    [Test]
    public async Task Revokes_another_token_without_a_warning()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/auth/me", 200, Fixtures.Me);
        api.Reply("DELETE", "/tokens/tok_2", 200, Revoked);

        var result = await api.RunAsync("tokens", "revoke", "tok_2");

        await api.Server.AssertAllUsed();
        await ApiSession.AssertRequest(api.Server.Requests[0], "GET", "/auth/me");
        await ApiSession.AssertRequest(api.Server.Requests[1], "DELETE", "/tokens/tok_2");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("Revoked token tok_2 Old (ot_pat_8f2a********91cd) at 2026-06-12T10:00:00.000Z.\n");
        await Assert.That(result.Stderr).IsEmpty();
    }

    [Test]
    public async Task Revoking_the_token_in_use_warns_on_stderr_and_keeps_the_credentials_file()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/auth/me", 200, Fixtures.Me);
        api.Reply("DELETE", "/tokens/tok_1", 200, Revoked.Replace("tok_2", "tok_1"));
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{ApiSession.Token}}","baseUrl":"{{api.Server.BaseUrl}}"}""");

        var result = await CliRunner.RunAsync(["tokens", "revoke", "--token-id", "tok_1", "--json"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).StartsWith("{\n  \"token\": {\n    \"id\": \"tok_1\",");
        await Assert.That(result.Stderr).IsEqualTo(
            "Warning: tok_1 is the token this CLI is using: later commands will fail with 401 until you log in with another token ('opentrain auth login --api-key -'). The credentials file was left as it is.\n");
        await Assert.That(env.ReadCredentials()).Contains(ApiSession.Token);
        await Fixtures.AssertNoSecrets(result);
    }

    [Test]
    public async Task Not_found_renders_the_details()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/auth/me", 200, Fixtures.Me);
        api.Reply("DELETE", "/tokens/tok_9", 404, Fixtures.Envelope("Token not found", "NOT_FOUND", """{"tokenId":"tok_9"}"""));

        var result = await api.RunAsync("tokens", "revoke", "tok_9");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (404 NOT_FOUND): Token not found", """{"tokenId":"tok_9"}""");
    }

    [Test]
    [Arguments(new string[0], "--token-id is required")]
    [Arguments(new[] { "ot_pat_abcdefgh" }, "--token-id takes the token's id (see 'opentrain tokens list'), not the token secret")]
    public async Task Bad_ids_are_usage_errors_without_a_request(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync(["tokens", "revoke", .. args]), message);
    }
}
