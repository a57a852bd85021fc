using System.Text.Json.Nodes;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs.Draft;

internal static class JobsDraftUpdateCommand
{
    internal static ApiOperation<JobDraftResponse> Operation(string jobId, JsonObject fields) =>
        new(JobsRequests.UpdateDraft(jobId, fields), (draft, output) => DraftOutput.Write(output, "Updated", jobId, draft))
        {
            Hints = [UnknownKeyHint.For],
        };
}
