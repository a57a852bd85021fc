using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Jobs.Draft;

internal sealed record CreateDraftOptions(TextInput Description, string? ExternalId, string? IdempotencyKey);

[RegisterCommands("jobs draft")]
internal sealed class CreateCommand(CommandContext context)
{
    /// <summary>Create a job draft from a plain-text description.</summary>
    /// <param name="description">--text, The job description (plain text, up to 60,000 characters).</param>
    /// <param name="descriptionFile">Read the description from a file; '-' reads standard input.</param>
    /// <param name="externalId">Your own reference, stored on the draft.</param>
    /// <param name="idempotencyKey">Repeating a create with the same key returns the existing draft.</param>
    public Task Create(string? description = null, string? descriptionFile = null, string? externalId = null, string? idempotencyKey = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(new CreateDraftOptions(TextInput.ExactlyOne(description, descriptionFile, "--description", "--description-file"), externalId, idempotencyKey),
            cancellationToken);

    internal async Task RunAsync(CreateDraftOptions options, CancellationToken cancellationToken)
    {
        var text = await options.Description.ReadAsync(context.Terminal.In, cancellationToken);
        if (string.IsNullOrWhiteSpace(text)) throw new UsageException("the description is empty");
        using var connection = context.Connect();
        var response = await new JobsClient(connection).CreateDraftAsync(text, options.ExternalId, options.IdempotencyKey, cancellationToken);
        context.WriteResult(response, draft => DraftOutput.Write(context.Terminal.Out, "Created", "", draft));
    }
}
