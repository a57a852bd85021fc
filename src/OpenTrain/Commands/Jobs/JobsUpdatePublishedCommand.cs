using System.Text.Json.Nodes;
using OpenTrain.Toolkit;
using OpenTrain.Http;

namespace OpenTrain.Commands.Jobs;

internal static class JobsUpdatePublishedCommand
{
    internal static ApiOperation<UpdatePublishedJobResponse> Operation(string jobId, JsonObject fields) =>
        new(JobsRequests.UpdatePublished(jobId, fields), (updated, output) => Write(output, jobId, updated)) { Hints = [ex => Hint(ex, jobId)] };

    private static void Write(TextWriter output, string requestedId, UpdatePublishedJobResponse updated)
    {
        output.WriteLine($"Updated job {updated.JobId ?? requestedId}{(updated.Status is { } s ? $" ({s})" : "")}.");
        if (updated.Moderation is not { } moderation) return;
        new KeyValueBlock().Add("Moderation", moderation.Decision).WriteTo(output, "  ");
        foreach (var reason in moderation.Reasons ?? []) output.WriteLine($"    - {JsonText.Describe(reason)}");
    }

    private static string? Hint(OpenTrainApiException ex, string jobId)
    {
        if (ex.Status != 409) return null;
        var details = ex.Details();
        if (ex.Reason == "moderation_blocked")
            return ModerationText.Blocked("the edit was saved, but moderation rejected it and the job went back to DRAFT (no longer public)", details, jobId);
        if (details.String("requiredStatus") is { } required)
        {
            var status = details.String("status") ?? "not " + required;
            return status == "DRAFT"
                ? $"the job is a DRAFT: edit it with '{new ShellCommand("opentrain jobs draft update").Arg(jobId).SetPlaceholder()}'."
                : $"the job is {status}; only {required} jobs can be edited.";
        }
        return null;
    }
}
