using System.Text.Json.Nodes;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs.Draft;

/// <summary>The <c>opentrain jobs draft</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("jobs draft"), Group(CommandGroup.Jobs)]
internal sealed class JobsDraftCommands(CommandContext context)
{
    /// <summary>List the features your account has and the valid draft '--set' keys and enum values.</summary>
    [Listed("opentrain jobs draft capabilities"), Endpoint("GET", "/job-drafts/capabilities", Requirement.AnyToken, "job-drafts/capabilities", FeatureFlag = FeatureFlags.Drafting)]
    public Task Capabilities(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, CapabilitiesOperation.Operation(), cancellationToken);

    /// <summary>Create a job draft from a plain-text description.</summary>
    /// <param name="description">--text, The job description: plain text, 1–60,000 characters.</param>
    /// <param name="descriptionFile">Read the description from a file; '-' reads standard input.</param>
    /// <param name="externalId">Your own reference, stored on the draft.</param>
    /// <param name="idempotencyKey">Repeating a create with the same key returns the existing draft.</param>
    [Listed("opentrain jobs draft create --description \"We need 5 fluent Spanish speakers to label 20,000 posts\" --idempotency-key batch-7", "opentrain jobs draft create --description-file brief.txt --external-id acme-batch-7"), Endpoint("POST", "/job-drafts", "jobs:write", "job-drafts/create", FeatureFlag = FeatureFlags.Drafting)]
    public async Task Create(string? description = null, string? descriptionFile = null, string? externalId = null, string? idempotencyKey = null, CancellationToken cancellationToken = default)
    {
        var input = TextInput.ExactlyOne(description, descriptionFile, "--description", "--description-file");
        var text = await input.ReadAsync(context.Terminal.In, cancellationToken);
        if (string.IsNullOrWhiteSpace(text)) throw new UsageException("the description is empty");
        await context.RunAsync(JobsDraftCreateCommand.Operation(text, externalId, idempotencyKey), cancellationToken);
    }

    /// <summary>Set fields on a job draft.</summary>
    /// <param name="id">Same as --job-id.</param>
    /// <param name="jobId">The draft's job id, from 'jobs draft create'.</param>
    /// <param name="set">key=value, repeatable. The value is JSON when it parses (25, true, null, ["a","b"]), else a string.</param>
    [Listed("opentrain jobs draft update job_123 --set experienceLevel=INTERMEDIATE --set pricePerLabel=0.05 --set 'languages=[\"Spanish\"]'"), Endpoint("PATCH", "/job-drafts/{jobId}", "jobs:write", "job-drafts/update", FeatureFlag = FeatureFlags.Drafting)]
    public Task Update(ConsoleAppContext app, [Argument] string? id = null, string? jobId = null, [Repeatable] string? set = null, CancellationToken cancellationToken = default)
    {
        _ = set; // bound only so the framework accepts the flag; every --set is read from the raw arguments
        return context.RunAsync(JobsDraftUpdateCommand.Operation(CommandArgs.RequireId(id, jobId, "--job-id"), JobFields.Require(SetArguments.Collect(app.InternalCommandArgs.Span), SetArguments.Names)), cancellationToken);
    }
}
