using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

public class ChangesCommandTests
{
    private const string Body = """
        {"since":"2026-06-12T08:00:00.000Z","until":"2026-06-12T09:00:00.000Z","changes":[
          {"jobId":"J1","eventType":"PUBLISHED","occurredAt":"2026-06-12T08:10:00.000Z"},
          {"jobId":"J22","eventType":"CLOSED","occurredAt":"2026-06-12T08:40:00.000Z"}],
         "generatedAt":"2026-06-12T09:00:00.000Z"}
        """;

    [Test]
    public async Task Lists_the_changes_and_the_next_command_without_sending_a_token()
    {
        await using var api = await ApiSession.StartAsync(withToken: true);
        api.On("GET", "/api/public/v1/jobs/changes", 200, Body);

        var result = await api.RunAsync("jobs", "changes", "--since", "2026-06-12T08:00:00Z");

        var request = await api.SingleRequestAsync();
        await Assert.That(request.Query).IsEqualTo("?since=2026-06-12T08%3A00%3A00Z");
        await Assert.That(request.Header("Authorization")).IsNull();
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("""
            JOB  EVENT      AT
            J1   PUBLISHED  2026-06-12T08:10:00.000Z
            J22  CLOSED     2026-06-12T08:40:00.000Z

            Next: opentrain jobs changes --since 2026-06-12T09:00:00.000Z

            """);
    }

    [Test]
    public async Task No_changes_still_gives_the_next_since()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        api.On("GET", "/api/public/v1/jobs/changes", 200, """{"since":"2026-06-12","until":"2026-06-12T09:00:00.000Z+01:00 x","changes":[]}""");
        var result = await api.RunAsync("jobs", "changes", "--since", "2026-06-12");
        await Assert.That(result.Stdout).IsEqualTo("No job changes since 2026-06-12.\n\nNext: opentrain jobs changes --since '2026-06-12T09:00:00.000Z+01:00 x'\n");
    }

    [Test]
    [Arguments(new string[0], "--since is required")]
    [Arguments(new[] { "--since", "yesterday" }, "--since must be an ISO 8601 date such as 2026-07-15, got 'yesterday'")]
    public async Task Usage_errors_send_nothing(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync(withToken: false);
        await api.AssertUsageErrorAsync(await api.RunAsync(["jobs", "changes", .. args]), message);
    }
}
