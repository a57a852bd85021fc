using System.Text.RegularExpressions;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Http;

public partial class DebugLogTests
{
    private const string MePath = "/api/public/v1/auth/me";

    [GeneratedRegex(@"in \d+ ms")]
    private static partial Regex Timing();

    private static string[] Lines(string stderr) => Timing().Replace(stderr, "in N ms").Split('\n', StringSplitOptions.RemoveEmptyEntries);

    [Test]
    [Arguments("whoami", "--debug")]
    [Arguments("--debug", "whoami")]
    public async Task A_retried_GET_logs_each_attempt_with_its_status_and_never_the_token(string first, string second)
    {
        await using var server = await StubServer.StartAsync();
        server.OnJson("GET", MePath, 503, "").OnJson("GET", MePath, 200, Fixtures.Me);

        var result = await CliRunner.RunAsync([first, second], TestEnvironment.Isolated(Fixtures.PreClaimToken, server.BaseUrl), time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(Lines(result.Stderr)).IsEquivalentTo(new[]
        {
            $"debug: GET {server.BaseUrl}{MePath} (attempt 1)",
            "debug: 503 Service Unavailable in N ms (attempt 1)",
            $"debug: GET {server.BaseUrl}{MePath} (attempt 2)",
            "debug: 200 OK in N ms (attempt 2)",
        }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(result.AllOutput).DoesNotContain(Fixtures.PreClaimToken);
        await Assert.That(server.Requests[1].Header("Authorization")).IsEqualTo($"Bearer {Fixtures.PreClaimToken}");
    }

    [Test]
    public async Task OPENTRAIN_DEBUG_turns_it_on_and_a_token_in_the_URL_is_masked()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs/mine", 200, """{"jobs":[]}""");
        api.Env["OPENTRAIN_DEBUG"] = "1";
        const string typed = "ot_pat_abcdefghijklmnopqrstuvwxyz0123";

        var result = await api.RunAsync("api", "GET", "jobs/mine", "-q", $"note={typed}");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stderr).DoesNotContain(typed);
        await Assert.That(result.Stderr).DoesNotContain(ApiSession.Token);
        await Assert.That(Lines(result.Stderr)).IsEquivalentTo(new[]
        {
            $"debug: GET {api.Server.BaseUrl}/api/public/v1/jobs/mine?note=ot_pat_abcd…0123 (attempt 1)",
            "debug: 200 OK in N ms (attempt 1)",
        }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    [Test]
    public async Task The_logged_url_is_the_one_sent_escapes_included()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/proposals/prop%201", 200, """{"proposal":{"id":"prop 1"}}""");

        var result = await api.RunAsync("proposals", "get", "prop 1", "--json", "--debug");

        await Assert.That(Lines(result.Stderr)[0]).IsEqualTo($"debug: GET {api.Server.BaseUrl}/api/public/v1/proposals/prop%201 (attempt 1)");
    }

    [Test]
    public async Task Without_debug_nothing_is_logged()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs/mine", 200, """{"jobs":[]}""");
        api.Env["OPENTRAIN_DEBUG"] = "0";

        var result = await api.RunAsync("api", "GET", "jobs/mine");

        await Assert.That(result.Stderr).IsEmpty();
    }
}
