using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs.Draft;

internal static class JobsDraftCreateCommand
{
    internal static ApiOperation<JobDraftResponse> Operation(string description, string? externalId, string? idempotencyKey) =>
        new(JobsRequests.CreateDraft(description, externalId, idempotencyKey), (draft, output) => DraftOutput.Write(output, "Created", "", draft));
}
