using OpenTrain.Cli;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class ChangesCommand(CommandContext context)
{
    /// <summary>List public jobs published, updated or closed since a time (no token needed, none is sent).</summary>
    /// <param name="since">Start time: YYYY-MM-DD, or an ISO 8601 time such as 2026-07-15T09:00:00Z; pass the previous call's 'until' to continue.</param>
    public Task Changes(string? since = null, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.IsoDateOrDateTime(CommandArgs.Require(since, "--since"), "--since")!), cancellationToken);

    internal static ApiOperation<JobChangesResponse> Operation(string since) => new(JobsApi.Changes(since), Write);

    private static void Write(JobChangesResponse response, TextWriter output)
    {
        var changes = response.Changes ?? [];
        if (changes.Count == 0)
        {
            output.WriteLine($"No job changes since {response.Since}.");
        }
        else
        {
            var table = new Table("JOB", "EVENT", "AT");
            foreach (var change in changes) table.AddRow(change.JobId, change.EventType, change.OccurredAt);
            table.WriteTo(output);
        }
        if (response.Until is not { Length: > 0 } until) return;
        output.WriteLine();
        output.WriteLine($"Next: {new ShellCommand("opentrain jobs changes").Option("--since", until)}");
    }
}
