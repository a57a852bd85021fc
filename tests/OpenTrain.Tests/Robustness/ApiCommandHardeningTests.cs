using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>
/// Issue #24, round three: <c>opentrain api</c>, the raw escape hatch, under hostile paths and values.
/// The token reaches only the configured origin, a path never leaves <c>/api</c>, CR/LF in a field or
/// query is data (proved on the bytes a bare socket received), and a 100 MB <c>--input -</c> is refused
/// at 1 MiB with bounded memory (peak RSS of the published binary).
/// </summary>
public class ApiCommandHardeningTests
{
    private static readonly string Token = Fixtures.PostClaimToken;

    private static Task<CliResult> RunAsync(ByteRecordingServer server, params string[] args) =>
        CliRunner.RunAsync(args, TestEnvironment.Isolated(Token, server.BaseUrl));

    private static async Task AssertRefusedBeforeAnyConnection(CliResult result, string message, params ByteRecordingServer[] servers)
    {
        await Assert.That(result.Stderr).IsEqualTo($"Usage error: {message}\n");
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEmpty();
        foreach (var server in servers) await Assert.That(server.Connections).IsEmpty();
    }

    [Test]
    [Arguments("https://evil.example/api/public/v1/jobs/mine")]
    [Arguments("HTTPS://evil.example/x")]
    [Arguments("http://127.0.0.1:{other}/api/public/v1/jobs/mine")]
    [Arguments("//127.0.0.1:{other}/api/public/v1/jobs/mine")]
    [Arguments("/\\127.0.0.1:{other}/x")]
    [Arguments("\\\\127.0.0.1:{other}\\x")]
    public async Task A_url_or_another_origin_is_refused_and_no_server_is_contacted(string path)
    {
        await using var api = new ByteRecordingServer();
        await using var other = new ByteRecordingServer();
        var target = path.Replace("{other}", other.Port.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal);

        var result = await RunAsync(api, "api", "GET", target);

        await AssertRefusedBeforeAnyConnection(result,
            $"'{target}' is not an API path: give a path such as 'jobs/mine' or '/api/public/v1/jobs/mine' (the origin comes from --base-url)", api, other);
    }

    [Test]
    [Arguments("..", "'.' and '..' segments are not allowed")]
    [Arguments("jobs/../../../admin", "'.' and '..' segments are not allowed")]
    [Arguments("/api/../admin", "'.' and '..' segments are not allowed")]
    [Arguments("/api/public/v1/%2e%2e/%2e%2e/%2E%2E/admin", "'.' and '..' segments are not allowed")]
    [Arguments("jobs/.%2E/x", "'.' and '..' segments are not allowed")]
    [Arguments("jobs/%252e%252e/%252e%252e/x", "'.' and '..' segments are not allowed")]
    [Arguments("jobs/%25252e%25252e/x", "'.' and '..' segments are not allowed")]
    [Arguments("jobs/..%2f..%2f..%2fadmin", "an encoded '/' or '\\' (%2F, %5C) inside a segment is not allowed")]
    [Arguments("jobs/%2e%2e%2F%2e%2e%2Fadmin", "an encoded '/' or '\\' (%2F, %5C) inside a segment is not allowed")]
    [Arguments("jobs/..%5c..%5cadmin", "an encoded '/' or '\\' (%2F, %5C) inside a segment is not allowed")]
    [Arguments("jobs/..%255c..%255cadmin", "an encoded '/' or '\\' (%2F, %5C) inside a segment is not allowed")]
    [Arguments("jobs/%2525252525252e", "a segment is percent-encoded more than 4 times")]
    public async Task A_path_never_climbs_out_of_api_however_it_is_encoded(string path, string why)
    {
        await using var api = new ByteRecordingServer();

        var result = await RunAsync(api, "api", "GET", path);

        await AssertRefusedBeforeAnyConnection(result, $"'{path}' is not an API path: {why}", api);
    }

    [Test]
    [Arguments("jobs/mine\r\nX-Injected: 1", "it contains a control character")]
    [Arguments("jobs/mine HTTP/1.1\r\nHost: evil\r\n\r\nGET /x", "it contains a control character")]
    [Arguments("jobs/mine\nX-Injected: 1", "it contains a control character")]
    [Arguments("jobs/\u0000x", "it contains a control character")]
    [Arguments("jobs/\u0085x", "it contains a control character")]
    [Arguments("jobs/mine?status=OPEN\r\nX-Injected: 1", "it contains a control character")]
    [Arguments("jobs/mine%0d%0aX-Injected:%201", "it contains a percent-encoded control character")]
    [Arguments("jobs/%00", "it contains a percent-encoded control character")]
    [Arguments("jobs/mine#fragment", "'#' starts a fragment, which is never sent (write %23 for a literal '#')")]
    public async Task Control_characters_and_fragments_in_the_path_are_refused(string path, string why)
    {
        await using var api = new ByteRecordingServer();

        var result = await RunAsync(api, "api", "GET", path);

        // The path is echoed with its control characters made visible (stderr never carries them raw).
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Usage error: '");
        await Assert.That(result.Stderr).EndsWith($"' is not an API path: {why}\n");
        await Assert.That(result.Stderr.Count(c => c == '\n')).IsEqualTo(1);
        await Assert.That(result.Stderr.Any(c => char.IsControl(c) && c != '\n')).IsFalse();
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(api.Connections).IsEmpty();
    }

    [Test]
    [Arguments("jobs/mine", "/api/public/v1/jobs/mine")]
    [Arguments("/api/agent/identity", "/api/agent/identity")]
    [Arguments("jobs/100%25", "/api/public/v1/jobs/100%25")]
    [Arguments("jobs/a%23b", "/api/public/v1/jobs/a%23b")]
    [Arguments("jobs/mine?status=OPEN%0A", "/api/public/v1/jobs/mine?status=OPEN%0A")]
    public async Task Ordinary_and_escaped_paths_still_reach_the_origin(string path, string sent)
    {
        await using var api = new ByteRecordingServer();

        var result = await RunAsync(api, "api", "GET", path);

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(api.Connections.Single().RequestLine).IsEqualTo($"GET {sent} HTTP/1.1");
    }

    /// <summary>The published binary against a bare socket: the bytes it received are one request, with only its own headers.</summary>
    [Test]
    public async Task Crlf_in_field_and_query_keys_and_values_is_data_never_a_header_or_a_second_request()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = new ByteRecordingServer();
        const string fKey = "title\r\nX-Injected-F: 1";
        const string fValue = "v\r\nX-Injected-V: 1\r\n\r\nGET /smuggled HTTP/1.1\r\nHost: evil\r\n\r\n";
        const string typedKey = "n\r\nX-Injected-T: 1";
        const string qKey = "q\r\nX-Injected-Q: 1";
        const string qValue = "OPEN\r\n\r\nGET /smuggled HTTP/1.1\r\n\u0001\u001b[31m";

        var result = await PublishedBinary.RunAsync(
            ["api", "POST", "job-drafts", "-f", $"{fKey}={fValue}", "-F", $$"""{{typedKey}}={"k":"a\r\nX-Injected-J: 1"}""", "-q", $"{qKey}={qValue}"],
            TestEnvironment.Isolated(Token, api.BaseUrl));

        await Assert.That(result.ExitCode).IsEqualTo(0);
        var connection = api.Connections.Single();
        await Assert.That(connection.RequestLine).StartsWith("POST /api/public/v1/job-drafts?");
        await Assert.That(connection.RequestLine).EndsWith(" HTTP/1.1");
        // Every header line is one the CLI writes itself: nothing injected, in any spelling.
        var names = connection.HeaderLines.Select(l => l[..l.IndexOf(':')].ToLowerInvariant()).Order().ToList();
        await Assert.That(names).IsEquivalentTo(new[] { "accept", "authorization", "content-length", "content-type", "host", "user-agent" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(connection.HeaderLines.Any(l => l.Contains("Injected", StringComparison.Ordinal) || l.Contains("smuggled", StringComparison.Ordinal))).IsFalse();
        await Assert.That(connection.RequestLine.Count(c => c == ' ')).IsEqualTo(2);
        await Assert.That(connection.Head.Any(c => char.IsControl(c) && c is not '\r' and not '\n')).IsFalse();
        await Assert.That(connection.Header("Host")).IsEqualTo($"127.0.0.1:{api.Port}");
        // After the head: exactly the announced body and nothing more (no second request on the connection).
        var body = connection.AfterHead;
        await Assert.That(body.Length).IsEqualTo(connection.ContentLength);
        var json = JsonNode.Parse(body)!.AsObject();
        await Assert.That(json[fKey]!.GetValue<string>()).IsEqualTo(fValue);
        await Assert.That(json[typedKey]!["k"]!.GetValue<string>()).IsEqualTo("a\r\nX-Injected-J: 1");
        await Assert.That(json.Count).IsEqualTo(2);
        // The query decodes back to what was typed.
        var target = connection.RequestLine.Split(' ')[1];
        var pair = target[(target.IndexOf('?') + 1)..].Split('=');
        await Assert.That(Uri.UnescapeDataString(pair[0])).IsEqualTo(qKey);
        await Assert.That(Uri.UnescapeDataString(pair[1])).IsEqualTo(qValue);
    }

    /// <summary>A redirect is the server's doing, not the path's: the token still never goes to the other port.</summary>
    [Test]
    [Arguments("GET", 302)]
    [Arguments("GET", 307)]
    [Arguments("POST", 307)]
    [Arguments("DELETE", 308)]
    public async Task A_redirect_to_another_port_never_carries_the_token(string method, int status)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var other = new ByteRecordingServer();
        await using var api = new ByteRecordingServer(_ => ByteRecordingServer.Answer(status, "", $"Location: {other.BaseUrl}/api/public/v1/jobs/mine\r\n"));

        var result = await PublishedBinary.RunAsync(["api", method, "jobs/mine"], TestEnvironment.Isolated(Token, api.BaseUrl));

        await Assert.That(api.Connections.Single().Header("Authorization")).IsEqualTo($"Bearer {Token}");
        foreach (var connection in other.Connections)
        {
            await Assert.That(connection.Head).DoesNotContain(Token);
            await Assert.That(connection.Header("Authorization")).IsNull();
        }
        if (method == "GET")
        {
            // Followed without the token (what the other origin answers is its business).
            await Assert.That(other.Connections.Count).IsEqualTo(1);
            await Assert.That(result.ExitCode).IsEqualTo(0);
        }
        else
        {
            await Assert.That(other.Connections).IsEmpty();
            await Assert.That(result.ExitCode).IsEqualTo(1);
            await Assert.That(result.Stderr).Contains("CROSS_ORIGIN_REDIRECT");
        }
    }

    /// <summary>100 MB on standard input: refused at 1 MiB, no request, and the process never holds more than a few MiB.</summary>
    [Test]
    public async Task Input_dash_of_100_mb_is_refused_at_1_mib_with_bounded_memory_and_no_request()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        if (!File.Exists("/usr/bin/time")) Skip.Test("/usr/bin/time is not installed");
        await using var api = new ByteRecordingServer();
        using var dir = new TestEnvironment();
        var rss = Path.Combine(dir.Root, "rss");
        var start = new ProcessStartInfo("/usr/bin/time")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { "-f", "%M", "-o", rss, PublishedBinary.Path, "api", "POST", "job-drafts", "--input", "-" }) start.ArgumentList.Add(arg);
        foreach (var (k, v) in TestEnvironment.Isolated(Token, api.BaseUrl)) start.Environment[k] = v;
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();

        // 100 MB of one JSON string, written as fast as the process reads; it stops reading at the cap.
        var written = 0L;
        var chunk = Encoding.ASCII.GetBytes(new string('x', 1 << 20));
        try
        {
            await process.StandardInput.BaseStream.WriteAsync("{\"description\":\""u8.ToArray());
            for (var i = 0; i < 100; i++)
            {
                await process.StandardInput.BaseStream.WriteAsync(chunk);
                written += chunk.Length;
            }
            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The reader went away at the cap (EPIPE): the point of the test.
        }
        using var guard = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        await process.WaitForExitAsync(guard.Token);

        await Assert.That(process.ExitCode).IsEqualTo(1);
        await Assert.That(await stderr).IsEqualTo("Error: cannot read --input '-': it is larger than the 1 MiB limit (1,048,576 characters)\n");
        // Refused before the request, like a usage error: nothing on stdout (the response JSON never came).
        await Assert.That(await stdout).IsEmpty();
        await Assert.That(api.Connections).IsEmpty();
        var peakKiB = long.Parse(File.ReadAllText(rss).Trim().Split('\n')[^1], CultureInfo.InvariantCulture);
        Console.WriteLine($"peak RSS {peakKiB / 1024.0:0.0} MiB; {written / (1 << 20)} MiB written before the pipe closed");
        await Assert.That(peakKiB).IsLessThan(64 * 1024);
        await Assert.That(written).IsLessThan(100L << 20);
    }
}
