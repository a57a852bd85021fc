using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Jobs;

public class CloseCommandTests
{
    [Test]
    [Arguments(false, "Closed job J1 (ARCHIVED).\n")]
    [Arguments(true, "Job J1 was already closed (ARCHIVED).\n")]
    public async Task Closes_and_reports_whether_it_was_already_closed(bool already, string headline)
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/jobs/J1/close", 200, $$"""{"ok":true,"jobId":"J1","status":"ARCHIVED","alreadyClosed":{{(already ? "true" : "false")}}}""");

        var result = await api.RunAsync("jobs", "close", "--job-id=J1");

        await Assert.That((await api.SingleRequestAsync()).Body).IsEmpty();
        await Assert.That(result.Stdout).IsEqualTo(headline + "It takes no new proposals; existing contracts are not affected.\n");
    }

    [Test]
    public async Task Unknown_job_renders_the_404()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/jobs/nope/close", 404, Fixtures.Envelope("Job not found", "NOT_FOUND"));
        var result = await api.RunAsync("jobs", "close", "nope");
        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed (404 NOT_FOUND): Job not found\n");
        await Assert.That(result.ExitCode).IsEqualTo(1);
    }
}
