using System.Text.Json.Nodes;
using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Jobs.Draft;

internal sealed record UpdateDraftOptions(string JobId, JsonObject Fields);

[RegisterCommands("jobs draft")]
internal sealed class UpdateCommand(CommandContext context)
{
    /// <summary>Set fields on a job draft.</summary>
    /// <param name="id">The draft's job id (instead of --job-id).</param>
    /// <param name="jobId">The draft's job id, from 'jobs draft create'.</param>
    /// <param name="set">key=value, repeatable. The value is JSON when it parses (25, true, null, ["a","b"]), else a string.</param>
    public Task Update(ConsoleAppContext app, [Argument] string? id = null, string? jobId = null, string? set = null,
        CancellationToken cancellationToken = default)
    {
        _ = set; // bound only so the framework accepts the flag; every --set is read from the raw arguments
        return RunAsync(new UpdateDraftOptions(CommandArgs.RequireId(id, jobId, "--job-id"), SetArguments.Collect(app.InternalCommandArgs.Span)),
            cancellationToken);
    }

    internal async Task RunAsync(UpdateDraftOptions options, CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        var response = await new JobsClient(connection).UpdateDraftAsync(options.JobId, options.Fields, cancellationToken);
        context.WriteResult(response, draft => DraftOutput.Write(context.Terminal.Out, "Updated", options.JobId, draft));
    }
}
