using System.Text.RegularExpressions;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Http;

public partial class TransportTests
{
    private const string MePath = "/api/public/v1/auth/me";

    [Test]
    public async Task Authenticated_requests_carry_bearer_token_and_user_agent()
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", MePath, 200, Fixtures.Me);
        var env = TestEnvironment.Isolated(token: Fixtures.PreClaimToken);

        var result = await CliRunner.RunAsync(["whoami", "--base-url", server.BaseUrl + "/"], env);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        var request = server.Requests.Single();
        await Assert.That(request.Header("Authorization")).IsEqualTo($"Bearer {Fixtures.PreClaimToken}");
        await Assert.That(UserAgentPattern().IsMatch(request.Header("User-Agent")!)).IsTrue();
    }

    [Test]
    public async Task Token_is_not_forwarded_on_a_cross_origin_redirect()
    {
        await using var target = await StubServer.StartAsync();
        await using var origin = await StubServer.StartAsync();
        origin.On("GET", MePath, new StubResponse(307) { Headers = new Dictionary<string, string> { ["Location"] = target.BaseUrl + "/elsewhere" } });
        target.OnJson("GET", "/elsewhere", 200, Fixtures.Me);
        var env = TestEnvironment.Isolated(token: Fixtures.PreClaimToken);

        var result = await CliRunner.RunAsync(["whoami", "--base-url", origin.BaseUrl], env);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(origin.Requests.Single().Header("Authorization")).IsEqualTo($"Bearer {Fixtures.PreClaimToken}");
        await Assert.That(target.Requests.Single().Header("Authorization")).IsNull();
    }

    [Test]
    public async Task Token_is_kept_on_a_same_origin_redirect()
    {
        await using var server = await StubServer.StartAsync();
        server.On("GET", MePath, new StubResponse(308) { Headers = new Dictionary<string, string> { ["Location"] = "/api/public/v1/auth/me2" } });
        server.OnJson("GET", "/api/public/v1/auth/me2", 200, Fixtures.Me);
        var env = TestEnvironment.Isolated(token: Fixtures.PreClaimToken);

        var result = await CliRunner.RunAsync(["whoami", "--base-url", server.BaseUrl], env);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(server.Requests[1].Header("Authorization")).IsEqualTo($"Bearer {Fixtures.PreClaimToken}");
    }

    [Test]
    public async Task Plain_http_to_a_remote_host_is_refused_before_any_request()
    {
        var env = TestEnvironment.Isolated(token: Fixtures.PreClaimToken);

        var result = await CliRunner.RunAsync(["whoami", "--base-url", "http://api.example.com"], env);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Usage error: refusing plain-http base URL 'http://api.example.com' (from --base-url)");
    }

    [GeneratedRegex(@"^opentrain-cli/\d+\.\d+\.\d+ \((linux|darwin|windows); (x64|arm64|x86|arm)\)$")]
    private static partial Regex UserAgentPattern();
}
