using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

/// <summary>Issue #25, item 2, for <c>jobs changes</c>: <c>--until</c> one job's event ends the follow (exit 0); <c>--type</c> in any case narrows one response.</summary>
public class ChangesStopTests
{
    private const string Path = "/api/public/v1/jobs/changes";
    private const string J1 = """{"jobId":"J1","eventType":"PUBLISHED","occurredAt":"2026-06-12T08:10:00.000Z"}""";
    private const string J22 = """{"jobId":"J22","eventType":"CLOSED","occurredAt":"2026-06-12T08:40:00.000Z"}""";
    private const string J3 = """{"jobId":"J3","eventType":"PUBLISHED","occurredAt":"2026-06-12T09:00:03.000Z"}""";

    private static string Batch(string since, string until, string changes) =>
        $$"""{"since":"{{since}}","until":"{{until}}","changes":[{{changes}}],"generatedAt":"{{until}}"}""";

    [Test]
    public async Task Until_one_jobs_publication_follows_and_stops_at_it()
    {
        await using var api = await ApiSession.StartAsync(withToken: true);
        api.Server.OnJson("GET", Path, 200, Batch("2026-06-12T08:00:00.000Z", "2026-06-12T09:00:00.000Z", $"{J1},{J22}"))
            .OnJson("GET", Path, 200, Batch("2026-06-12T09:00:00.000Z", "2026-06-12T09:00:07.000Z", J3));

        var result = await CliRunner.RunAsync(["jobs", "changes", "--since", "2026-06-12T08:00:00Z", "--until", "published:jobId=J3", "--interval", "5"],
            api.Env, time: new AutoAdvanceTime());

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "2026-06-12T08:10:00.000Z  PUBLISHED  J1\n2026-06-12T08:40:00.000Z  CLOSED  J22\n2026-06-12T09:00:03.000Z  PUBLISHED  J3\n");
        await Assert.That(api.Requests.Count).IsEqualTo(2);
    }

    [Test]
    public async Task Type_in_lower_case_narrows_one_response_in_text_and_json()
    {
        await using var api = await ApiSession.StartAsync(withToken: true);
        api.Server.OnJson("GET", Path, 200, Batch("2026-06-12T08:00:00.000Z", "2026-06-12T09:00:00.000Z", $"{J1},{J22}"), times: 2);

        var json = await CliRunner.RunAsync(["jobs", "changes", "--since", "2026-06-12T08:00:00Z", "--type", "closed", "--json"], api.Env);
        var text = await CliRunner.RunAsync(["jobs", "changes", "--since", "2026-06-12T08:00:00Z", "--type", "closed"], api.Env);

        await Assert.That(json.Stdout).IsEqualTo(OpenTrain.Json.JsonReindenter.Indent(System.Text.Encoding.UTF8.GetBytes(
            Batch("2026-06-12T08:00:00.000Z", "2026-06-12T09:00:00.000Z", J22))));
        await Assert.That(text.Stdout).DoesNotContain("J1");
        await Assert.That(text.Stdout).Contains("J22");
        await Assert.That(text.Stdout).Contains("Next: opentrain jobs changes --since 2026-06-12T09:00:00.000Z --type CLOSED");
    }
}
