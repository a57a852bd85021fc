using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class JobsChangesCommand(CommandContext context)
{
    /// <summary>List public jobs published, updated or closed since a time (no token needed, none is sent).</summary>
    /// <param name="since">Start time: YYYY-MM-DD, or an ISO 8601 time such as 2026-07-15T09:00:00Z; pass the previous call's 'until' to continue.</param>
    /// <param name="follow">Keep polling and print each new change as it arrives (--json: one change per line); Ctrl-C stops.</param>
    /// <param name="interval">With --follow: seconds between polls, default 5.</param>
    [Listed(CommandGroup.Jobs, "opentrain jobs changes --since 2026-06-12T08:00:00Z", "opentrain jobs changes --since 2026-06-12T08:00:00Z --follow --json")]
    [Endpoint("GET", "/jobs/changes", Requirement.NoToken, "jobs/changes")]
    public Task Changes([RequiredFlag] string? since = null, bool follow = false, string? interval = null, CancellationToken cancellationToken = default)
    {
        var start = Since(since, ArgumentNames.Flags);
        var pause = WaitOptions.Seconds(interval, 5, "--interval");
        if (follow) return FeedFollow.RunAsync(context, Feed, start, pause, saved: null, cancellationToken);
        if (interval is not null) throw new UsageException("--interval needs --follow");
        return context.RunAsync(Operation(start), cancellationToken);
    }

    /// <summary>Required: an ISO 8601 date or date-time, passed on as typed.</summary>
    internal static string Since(string? since, ArgumentNames names) => CommandArgs.IsoDateOrDateTime(CommandArgs.Require(since, names["since"]), names["since"])!;

    internal static ApiOperation<JobChangesResponse> Operation(string since) => new(JobsRequests.Changes(since), Write);

    /// <summary>
    /// <c>--follow</c>: each response's <c>until</c> is the next <c>since</c>; a full response (the
    /// endpoint's 5,000 cap) is followed at once, as more changes may be waiting.
    /// </summary>
    private static readonly FollowedFeed<JobChangesResponse> Feed = new(
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
