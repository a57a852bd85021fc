using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

internal static class JobsChangesCommand
{
    /// <summary>Required: an ISO 8601 date or date-time, passed on as typed.</summary>
    internal static string Since(string? since, ArgumentNames names) => CommandArgs.IsoDateOrDateTime(CommandArgs.Require(since, names["since"]), names["since"])!;

    internal static ApiOperation<JobChangesResponse> Operation(string since) => new(JobsRequests.Changes(since), Write);

    /// <summary>
    /// <c>--follow</c>: each response's <c>until</c> is the next <c>since</c>; a full response (the
    /// endpoint's 5,000 cap) is followed at once, as more changes may be waiting.
    /// </summary>
    internal static readonly FollowedFeed<JobChangesResponse> Feed = new(
        since => JobsRequests.Changes(since!), "changes", WriteLines,
        response => response.Until is { Length: > 0 } until ? until : null,
        response => response.Changes?.Count >= JobsRequests.MaxChangesPerCall, "Waiting for job changes");

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

    /// <summary>One line per change as it arrives (a stream has no table header): time, event, job.</summary>
    private static void WriteLines(JobChangesResponse response, TextWriter output)
    {
        foreach (var change in response.Changes ?? []) output.WriteLine($"{change.OccurredAt}  {change.EventType}  {change.JobId}");
    }
}
