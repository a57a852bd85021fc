using System.Diagnostics;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

public class TransportFailureTests
{
    [Test]
    public async Task A_self_signed_certificate_is_reported_as_a_tls_failure()
    {
        await using var server = await StubServer.StartAsync(selfSignedTls: true);
        server.OnJson("GET", "/api/public/v1/auth/me", 200, Fixtures.Me);
        var env = TestEnvironment.Isolated(token: Fixtures.PreClaimToken);

        var result = await CliRunner.RunAsync(["whoami", "--base-url", server.BaseUrl], env, time: new AutoAdvanceTime());

        await Assert.That(server.BaseUrl).StartsWith("https://");
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith($"OpenTrain API request failed: TLS handshake with {new Uri(server.BaseUrl).Authority} failed: ");
        await Assert.That(result.Stderr).DoesNotContain("   at ");
    }

    [Test]
    [Arguments("claim-status")]
    [Arguments("request")]
    public async Task Interrupting_exits_130_and_leaves_the_file_unchanged(string during)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var server = await StubServer.StartAsync();
        server.OnJson("POST", "/api/agent/oauth/token", 400, Fixtures.OAuthError("authorization_pending"), times: int.MaxValue);
        server.On("GET", "/api/public/v1/auth/me", new StubResponse(200, Fixtures.Me) { Delay = TimeSpan.FromMinutes(2) });
        using var env = new TestEnvironment();
        var original = $$"""{"apiToken":"{{Fixtures.PreClaimToken}}","claimToken":"{{Fixtures.ClaimToken}}","baseUrl":"{{server.BaseUrl}}"}""";
        env.WriteCredentials(original);
        string[] args = during == "claim-status" ? ["auth", "claim-status", "--wait", "--interval", "0.2"] : ["auth", "login", "--api-key", Fixtures.PostClaimToken];

        var start = new ProcessStartInfo(PublishedBinary.Path!) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) start.ArgumentList.Add(arg);
        foreach (var (k, v) in env.Variables) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        while (server.Requests.Count == 0) await Task.Delay(20);
        await Task.Delay(300);
        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)])) await kill.WaitForExitAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        await process.WaitForExitAsync(timeout.Token);

        await Assert.That(process.ExitCode).IsEqualTo(130);
        await Assert.That(File.ReadAllText(env.CredentialsPath)).IsEqualTo(original);
        await Assert.That(await process.StandardError.ReadToEndAsync()).DoesNotContain("   at ");
    }
}
