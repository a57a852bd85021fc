using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs.Draft;

[RegisterCommands("jobs draft")]
internal sealed class JobsDraftCreateCommand(CommandContext context)
{
    /// <summary>Create a job draft from a plain-text description.</summary>
    /// <param name="description">--text, The job description: plain text, 1–60,000 characters.</param>
    /// <param name="descriptionFile">Read the description from a file; '-' reads standard input.</param>
    /// <param name="externalId">Your own reference, stored on the draft.</param>
    /// <param name="idempotencyKey">Repeating a create with the same key returns the existing draft.</param>
    [Listed(CommandGroup.Jobs, "opentrain jobs draft create --description \"We need 5 fluent Spanish speakers to label 20,000 posts\" --idempotency-key batch-7", "opentrain jobs draft create --description-file brief.txt --external-id acme-batch-7")]
    [Endpoint("POST", "/job-drafts", "jobs:write", "job-drafts/create", FeatureFlag = FeatureFlags.Drafting)]
    public async Task Create(string? description = null, string? descriptionFile = null, string? externalId = null, string? idempotencyKey = null,
        CancellationToken cancellationToken = default)
    {
        var input = TextInput.ExactlyOne(description, descriptionFile, "--description", "--description-file");
        var text = await input.ReadAsync(context.Terminal.In, cancellationToken);
        if (string.IsNullOrWhiteSpace(text)) throw new UsageException("the description is empty");
        await context.RunAsync(Operation(text, externalId, idempotencyKey), cancellationToken);
    }

    internal static ApiOperation<JobDraftResponse> Operation(string description, string? externalId, string? idempotencyKey) =>
        new(JobsRequests.CreateDraft(description, externalId, idempotencyKey), (draft, output) => DraftOutput.Write(output, "Created", "", draft));
}
