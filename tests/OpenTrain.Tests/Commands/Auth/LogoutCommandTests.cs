using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Auth;

public class LogoutCommandTests
{
    [Test]
    public async Task Deletes_the_file_without_any_request()
    {
        await using var server = await StubServer.StartAsync();
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}","baseUrl":"{{server.BaseUrl}}"}""");

        var result = await CliRunner.RunAsync(["auth", "logout"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(File.Exists(env.CredentialsPath)).IsFalse();
        var masked = OpenTrain.Config.SecretMask.Mask(Fixtures.PreClaimToken);
        await Assert.That(result.Stdout).IsEqualTo($"Logged out: deleted {env.CredentialsPath} (token {masked}).\n");
        await Assert.That(result.Stderr).IsEqualTo(
            "Logging out does not revoke the token: unless it was already revoked or has expired, it keeps working. " +
            $"If it may have leaked, find {masked} in 'opentrain tokens list' (its preview starts and ends the same) and revoke that id with 'opentrain tokens revoke <token-id>'.\n");
        await Fixtures.AssertNoSecrets(result);
        await Assert.That(server.Requests).IsEmpty();
    }

    [Test]
    public async Task After_revoking_the_token_in_use_it_does_not_claim_the_token_still_works()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{ApiSession.Token}}","baseUrl":"{{api.Server.BaseUrl}}"}""");
        api.Reply("GET", "/auth/me", 200, Fixtures.Me);
        api.Reply("DELETE", "/tokens/tok_1", 200, """{"token":{"id":"tok_1","status":"revoked","revokedAt":"2026-06-12T10:00:00.000Z"}}""");
        api.Reply("GET", "/jobs/mine", 401, Fixtures.Envelope("Token revoked", "UNAUTHORIZED"));
        await Assert.That((await CliRunner.RunAsync(["tokens", "revoke", "tok_1"], env.Variables)).ExitCode).IsEqualTo(0);
        await Assert.That((await CliRunner.RunAsync(["jobs", "list"], env.Variables)).ExitCode).IsEqualTo(1);

        var result = await CliRunner.RunAsync(["auth", "logout"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(File.Exists(env.CredentialsPath)).IsFalse();
        await Assert.That(result.Stderr).DoesNotContain("still works");
        await Assert.That(result.Stderr).StartsWith("Logging out does not revoke the token: unless it was already revoked or has expired, it keeps working.");
        await api.Server.AssertAllUsed();
        await Assert.That(api.Requests.Count).IsEqualTo(3);
    }

    [Test]
    public async Task Json_names_the_deleted_token_by_its_mask()
    {
        using var env = new TestEnvironment();
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PostClaimToken}}"}""");

        var result = await CliRunner.RunAsync(["auth", "logout", "--json"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            $"{{\n  \"status\": \"logged_out\",\n  \"credentialsPath\": \"{env.CredentialsPath}\",\n  \"token\": \"{OpenTrain.Config.SecretMask.Mask(Fixtures.PostClaimToken)}\"\n}}\n");
    }

    [Test]
    public async Task Without_a_file_says_so_and_exits_0()
    {
        using var env = new TestEnvironment();

        var result = await CliRunner.RunAsync(["auth", "logout", "--json"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo($"{{\n  \"status\": \"not_logged_in\",\n  \"credentialsPath\": \"{env.CredentialsPath}\"\n}}\n");
    }

    [Test]
    public async Task Deletes_even_a_corrupt_file()
    {
        using var env = new TestEnvironment();
        env.WriteCredentials("{broken");

        var result = await CliRunner.RunAsync(["auth", "logout"], env.Variables);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(File.Exists(env.CredentialsPath)).IsFalse();
    }
}
