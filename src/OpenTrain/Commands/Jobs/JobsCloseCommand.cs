using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

internal static class JobsCloseCommand
{
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
