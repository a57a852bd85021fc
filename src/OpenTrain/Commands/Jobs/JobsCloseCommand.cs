using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class JobsCloseCommand(CommandContext context)
{
    /// <summary>Close a job to new applicants (existing contracts are not affected).</summary>
    /// <param name="id">Same as --job-id.</param>
    /// <param name="jobId">The job to close.</param>
    [Listed(CommandGroup.Jobs, "opentrain jobs close job_123")]
    [Endpoint("POST", "/jobs/{id}/close", "jobs:write", "jobs/close", FeatureFlag = FeatureFlags.Publishing)]
    public Task Close([Argument] string? id = null, string? jobId = null, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, jobId, "--job-id")), cancellationToken);

    internal static ApiOperation<CloseJobResponse> Operation(string jobId) =>
        new(JobsRequests.Close(jobId), (closed, output) => Write(output, jobId, closed));

    private static void Write(TextWriter output, string requestedId, CloseJobResponse closed)
    {
        var jobId = closed.JobId ?? requestedId;
        var status = closed.Status is { } s ? $" ({s})" : "";
        output.WriteLine(closed.AlreadyClosed == true ? $"Job {jobId} was already closed{status}." : $"Closed job {jobId}{status}.");
        output.WriteLine("It takes no new proposals; existing contracts are not affected.");
    }
}
