using System.Text.Json.Nodes;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs.Draft;

[RegisterCommands("jobs draft")]
internal sealed class JobsDraftUpdateCommand(CommandContext context)
{
    /// <summary>Set fields on a job draft.</summary>
    /// <param name="id">Same as --job-id.</param>
    /// <param name="jobId">The draft's job id, from 'jobs draft create'.</param>
    /// <param name="set">key=value, repeatable. The value is JSON when it parses (25, true, null, ["a","b"]), else a string.</param>
    [Listed(CommandGroup.Jobs, "opentrain jobs draft update job_123 --set experienceLevel=INTERMEDIATE --set pricePerLabel=0.05 --set 'languages=[\"Spanish\"]'")]
    [Endpoint("PATCH", "/job-drafts/{jobId}", "jobs:write", "job-drafts/update", FeatureFlag = FeatureFlags.Drafting)]
    public Task Update(ConsoleAppContext app, [Argument] string? id = null, string? jobId = null, [Repeatable] string? set = null,
        CancellationToken cancellationToken = default)
    {
        _ = set; // bound only so the framework accepts the flag; every --set is read from the raw arguments
        return context.RunAsync(Operation(CommandArgs.RequireId(id, jobId, "--job-id"), JobFields.Require(SetArguments.Collect(app.InternalCommandArgs.Span), SetArguments.Names)), cancellationToken);
    }

    internal static ApiOperation<JobDraftResponse> Operation(string jobId, JsonObject fields) =>
        new(JobsRequests.UpdateDraft(jobId, fields), (draft, output) => DraftOutput.Write(output, "Updated", jobId, draft))
        {
            Hints = [UnknownKeyHint.For],
        };
}
