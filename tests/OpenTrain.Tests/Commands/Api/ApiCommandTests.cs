using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Api;

public class ApiCommandTests
{
    [Test]
    public async Task A_GET_sends_the_query_and_prints_the_body_re_indented()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs/mine", 200, """{"jobs":[],"nextCursor":null}""");

        var result = await api.RunAsync("api", "get", "jobs/mine", "-q", "status=OPEN", "-q", "limit=5");

        await api.AssertSingleRequest("GET", "/jobs/mine", "?status=OPEN&limit=5");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("{\n  \"jobs\": [],\n  \"nextCursor\": null\n}\n");
        await Assert.That(result.Stderr).IsEmpty();
    }

    [Test]
    public async Task A_POST_builds_a_JSON_object_from_string_and_typed_fields()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("PATCH", "/job-drafts/job_1", 200, """{"ok":true}""");

        var result = await api.RunAsync("api", "PATCH", "job-drafts/job_1", "-f", "jobTitle=Spanish labeling", "-F", "headcount=5",
            "-f", "count=5", "-F", "languages=[\"Spanish\"]", "--raw-field", "note=--x=1", "-F", "remote=true");

        await api.AssertSingleRequest("PATCH", "/job-drafts/job_1", body:
            """{"jobTitle":"Spanish labeling","headcount":5,"count":"5","languages":["Spanish"],"note":"--x=1","remote":true}""");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("{\n  \"ok\": true\n}\n");
    }

    [Test]
    public async Task Input_dash_sends_standard_input_as_the_body()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/job-drafts", 201, """{"jobId":"job_9"}""");

        var result = await api.RunWithStdinAsync("""{"source":{"type":"text","description":"x"}}""" + "\n", "api", "POST", "job-drafts", "--input", "-");

        await api.AssertSingleRequest("POST", "/job-drafts", body: """{"source":{"type":"text","description":"x"}}""");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("{\n  \"jobId\": \"job_9\"\n}\n");
    }

    [Test]
    public async Task An_API_error_prints_the_standard_error_lines_and_the_envelope_like_any_json_output()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/contracts/ct_1", 404, Fixtures.Envelope("Contract not found", "NOT_FOUND", """{"contractId":"ct_1"}"""));

        var result = await api.RunAsync("api", "GET", "contracts/ct_1");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("OpenTrain API request failed (404 NOT_FOUND): Contract not found\nDetails: {\"contractId\":\"ct_1\"}\n");
        await Assert.That(result.Stdout).IsEqualTo("{\n  \"error\": \"Contract not found\",\n  \"code\": \"NOT_FOUND\",\n  \"requestId\": \"req_1\",\n  \"details\": {\n    \"contractId\": \"ct_1\"\n  }\n}\n");
    }

    [Test]
    [Arguments("jobs/mine")]
    [Arguments("/jobs/mine")]
    [Arguments("/api/public/v1/jobs/mine")]
    [Arguments("jobs/mine/")]
    public async Task Relative_and_absolute_paths_reach_the_same_endpoint(string path)
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs/mine", 200, """{"jobs":[]}""");

        var result = await api.RunAsync("api", "GET", path);

        await api.AssertSingleRequest("GET", "/jobs/mine");
        await Assert.That(result.ExitCode).IsEqualTo(0);
    }

    [Test]
    [Arguments("https://evil.example/api/public/v1/jobs", "'https://evil.example/api/public/v1/jobs' is not an API path: give a path such as 'jobs/mine' or '/api/public/v1/jobs/mine' (the origin comes from --base-url)")]
    [Arguments("//evil.example/jobs", "'//evil.example/jobs' is not an API path: give a path such as 'jobs/mine' or '/api/public/v1/jobs/mine' (the origin comes from --base-url)")]
    [Arguments("jobs/../../admin", "'jobs/../../admin' is not an API path: '.' and '..' segments are not allowed")]
    [Arguments("jobs/%2e%2e/admin", "'jobs/%2e%2e/admin' is not an API path: '.' and '..' segments are not allowed")]
    public async Task URLs_and_dot_segments_are_usage_errors(string path, string message)
    {
        await using var api = await ApiSession.StartAsync();
        var result = await api.RunAsync("api", "GET", path);
        await api.AssertUsageErrorAsync(result, message);
    }

    [Test]
    [Arguments(new string[] { "api", "FETCH", "jobs" }, "unknown method 'FETCH' (expected one of: GET, POST, PUT, PATCH, DELETE)")]
    [Arguments(new string[] { "api", "GET" }, "<path> is required")]
    [Arguments(new string[] { "api", "GET", "jobs", "-f", "a=1" }, "a GET request has no body: use -q key=value for query parameters")]
    [Arguments(new string[] { "api", "POST", "jobs", "-F", "a=not json" }, "-F a: 'not json' is not JSON (quote a string as '\"text\"', or use -f for strings)")]
    [Arguments(new string[] { "api", "POST", "jobs", "-f", "novalue" }, "-f 'novalue' is not key=value")]
    [Arguments(new string[] { "api", "POST", "jobs", "-f", "a=1", "--input", "-" }, "give -f/-F fields or --input, not both")]
    public async Task Bad_arguments_are_usage_errors_before_any_request(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        var result = await api.RunAsync(args);
        await api.AssertUsageErrorAsync(result, message);
    }

    [Test]
    public async Task A_missing_token_is_reported_before_any_request()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        var result = await api.RunAsync("api", "GET", "jobs/mine");
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(api.Requests).IsEmpty();
    }
}
