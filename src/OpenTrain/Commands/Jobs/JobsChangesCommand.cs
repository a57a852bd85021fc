using OpenTrain.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

internal static class JobsChangesCommand
{
    /// <summary>Required: an ISO 8601 date or date-time, passed on as typed.</summary>
    internal static string Since(string? since, ArgumentNames names) => CommandArgs.IsoDateOrDateTime(CommandArgs.Require(since, names["since"]), names["since"])!;

    /// <summary>The feed's event types (the endpoint's <c>eventType</c>), matched on <c>jobId</c> by <c>--until</c>; any case is accepted.</summary>
    internal static readonly FeedCatalog Catalog = new("job event", [("PUBLISHED", ["jobId"]), ("UPDATED", ["jobId"]), ("CLOSED", ["jobId"])], IgnoreCase: true);

    /// <summary>For help and completion (<c>[OneOf]</c>).</summary>
    internal static IReadOnlyList<string> EventTypes => Catalog.Types;

    /// <param name="stop">Only its <c>--type</c> applies to one response: the rows, and the <c>changes</c> of every output, narrowed to those types.</param>
    internal static ApiOperation<JobChangesResponse> Operation(string since, FeedStop? stop = null)
    {
        var only = stop ?? FeedStop.None;
        return new(JobsRequests.Changes(since), (response, output) => Write(response, only, output))
        {
            Shown = only.Types is null ? null
                : body => JsonArrayFilter.Keep(body, "changes", c => only.Shows(c.TryGetProperty("eventType", out var type) ? type.GetString() : null)),
        };
    }

    /// <summary>
    /// <c>--follow</c>: each response's <c>until</c> is the next <c>since</c>; a full response (the
    /// endpoint's 5,000 cap) is followed at once, as more changes may be waiting.
    /// </summary>
    internal static readonly FollowedFeed<JobChangesResponse> Feed = new(
        since => JobsRequests.Changes(since!), "changes", response => [.. (response.Changes ?? []).Select(Entry)],
        response => response.Until is { Length: > 0 } until ? until : null,
        response => response.Changes?.Count >= JobsRequests.MaxChangesPerCall, "Waiting for job changes", "--since");

    /// <summary>One line per change as it arrives (a stream has no table header): time, event, job. The position is the response's, not the change's.</summary>
    private static FeedEntry Entry(JobChange change) =>
        new(change.EventType ?? "", field => field == "jobId" ? change.JobId : null, $"{change.OccurredAt}  {change.EventType}  {change.JobId}", null);

    private static void Write(JobChangesResponse response, FeedStop stop, TextWriter output)
    {
        var changes = (response.Changes ?? []).Where(c => stop.Shows(c.EventType)).ToList();
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
        output.WriteLine($"Next: {new ShellCommand("opentrain jobs changes").Option("--since", until).Option("--type", stop.TypeList)}");
    }
}
