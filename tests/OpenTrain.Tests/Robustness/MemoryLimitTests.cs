using System.Diagnostics;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>What is held in memory is capped: an endless body or input ends in an error naming the limit, quickly.</summary>
public class MemoryLimitTests
{
    [Test]
    public async Task An_endless_success_body_without_json_stops_at_64_MiB_and_suggests_json()
    {
        await using var server = RawServer.EndlessBody(200, "{\"actor\":\"", "x");
        var watch = Stopwatch.StartNew();

        var result = await CliRunner.RunAsync(["whoami"], TestEnvironment.Isolated(Fixtures.PreClaimToken, server.BaseUrl)).WaitAsync(TimeSpan.FromSeconds(60));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo(
            $"OpenTrain API request failed (200 RESPONSE_TOO_LARGE): the response body from {server.Authority} is larger than the 64 MiB limit for a buffered response\n" +
            "Hint: use --json, which streams the body instead of holding it in memory\n");
        await Assert.That(watch.Elapsed).IsLessThan(TimeSpan.FromSeconds(30));
    }

    [Test]
    public async Task Whoami_json_which_reads_auth_me_whole_stops_at_64_MiB_without_suggesting_json()
    {
        await using var server = RawServer.EndlessBody(200, "{\"actor\":\"", "x");

        var result = await CliRunner.RunAsync(["whoami", "--json"], TestEnvironment.Isolated(Fixtures.PreClaimToken, server.BaseUrl)).WaitAsync(TimeSpan.FromSeconds(60));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo(
            $"OpenTrain API request failed (200 RESPONSE_TOO_LARGE): the response body from {server.Authority} is larger than the 64 MiB limit for a buffered response\n");
        await Assert.That(result.Stdout).Contains("\"code\": \"RESPONSE_TOO_LARGE\"");
    }

    [Test]
    public async Task An_endless_error_body_stops_at_1_MiB_and_reports_the_status()
    {
        await using var server = RawServer.EndlessBody(400, "{\"error\":\"", "x");

        var result = await CliRunner.RunAsync(["whoami", "--json"], TestEnvironment.Isolated(Fixtures.PreClaimToken, server.BaseUrl)).WaitAsync(TimeSpan.FromSeconds(60));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("OpenTrain API request failed (400 HTTP_400): Status (the error body is larger than the 1 MiB limit and was not read)\n");
        await Assert.That(server.Requests.Count).IsEqualTo(1);
    }

    [Test]
    [Arguments("jobs draft create --description-file /dev/zero", "--description-file")]
    [Arguments("messages send conv_1 --content-file /dev/zero", "--content-file")]
    public async Task An_endless_text_file_is_refused_at_1_MiB_before_any_request(string command, string flag)
    {
        await using var session = await ApiSession.StartAsync();

        var result = await session.RunAsync(command.Split(' ')).WaitAsync(TimeSpan.FromSeconds(30));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains($"cannot read {flag} '/dev/zero': it is larger than the 1 MiB limit (1,048,576 characters)");
        await Assert.That(session.Requests).IsEmpty();
    }
}
