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
        await Assert.That(result.Stdout).IsEqualTo($"Logged out: deleted {env.CredentialsPath}.\n");
        await Assert.That(result.Stderr).Contains("opentrain tokens revoke");
        await Assert.That(server.Requests).IsEmpty();
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
