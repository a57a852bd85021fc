using OpenTrain.Toolkit;
using OpenTrain.Commands.Jobs.Draft;
using OpenTrain.Http;

namespace OpenTrain.Commands.Jobs;

internal static class JobsPublishCommand
{
    internal static ApiOperation<PublishJobResponse> Operation(string jobId) =>
        new(JobsRequests.Publish(jobId), (published, output) => Write(output, jobId, published)) { Hints = [ex => Hint(ex, jobId)] };

    private static void Write(TextWriter output, string requestedId, PublishJobResponse published)
    {
        var jobId = published.JobId ?? requestedId;
        output.WriteLine(published.AlreadyPublished == true
            ? $"Job {jobId} was already published ({published.Status})."
            : $"Published job {jobId} ({published.Status}).");
        if (!string.IsNullOrEmpty(published.JobUrl))
        {
            output.WriteLine();
            output.WriteLine("Public URL:");
            output.WriteLine(published.JobUrl);
        }
        if (published.Warnings is { Count: > 0 } warnings)
        {
            output.WriteLine();
            output.WriteLine("Warnings:");
            foreach (var warning in warnings) output.WriteLine($"  - {JsonText.Describe(warning)}");
        }
        output.WriteLine();
        output.WriteLine("Next: watch for proposals:");
        output.WriteLine($"  {new ShellCommand("opentrain proposals list").Arg(jobId)}");
    }

    private static string? Hint(OpenTrainApiException ex, string jobId)
    {
        var details = ex.Details();
        if (ex.Status == 400 && DraftReadiness.FromErrorDetails(details) is { } readiness)
        {
            using var text = new StringWriter { NewLine = "\n" };
            text.WriteLine("the job is not publish-ready.");
            DraftReadinessOutput.Write(text, jobId, readiness);
            text.WriteLine($"  {new ShellCommand("opentrain jobs publish").Arg(jobId)}");
            return text.ToString().TrimEnd('\n');
        }
        return ex.Reason switch
        {
            "moderation_blocked" => ModerationText.Blocked("moderation blocked publishing", details, jobId),
            _ when ex.Status == 429 && details.Number("limit") is { } limit =>
                $"the daily publish limit ({limit} per {details.Number("windowHours") ?? "24"} h) is reached; claimed accounts may publish 20 a day.",
            _ => null,
        };
    }
}
