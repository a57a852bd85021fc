using System.Text.Json.Nodes;
using OpenTrain.Toolkit;
using OpenTrain.Http;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class JobsUpdatePublishedCommand(CommandContext context)
{
    /// <summary>Edit fields of a published job (it is moderated again).</summary>
    /// <param name="id">Same as --job-id.</param>
    /// <param name="jobId">The published (OPEN) job to edit.</param>
    /// <param name="set">key=value, repeatable. The value is JSON when it parses (25, true, null, ["a","b"]), else a string.</param>
    [Listed(CommandGroup.Jobs, "opentrain jobs update-published job_123 --set headcount=8 --set 'jobTitle=Spanish sentiment labeling'")]
    [Endpoint("PATCH", "/jobs/{id}", "jobs:write", "jobs/update", FeatureFlag = FeatureFlags.Publishing)]
    public Task UpdatePublished(ConsoleAppContext app, [Argument] string? id = null, string? jobId = null, [Repeatable] string? set = null,
        CancellationToken cancellationToken = default)
    {
        _ = set; // bound only so the framework accepts the flag; every --set is read from the raw arguments
        return context.RunAsync(Operation(CommandArgs.RequireId(id, jobId, "--job-id"), JobFields.Require(SetArguments.Collect(app.InternalCommandArgs.Span), SetArguments.Names)), cancellationToken);
    }

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
                ? $"the job is a DRAFT: edit it with 'opentrain jobs draft update {ShellCommand.Quote(jobId)} --set key=value'."
                : $"the job is {status}; only {required} jobs can be edited.";
        }
        return null;
    }
}
