using System.Text.Json.Nodes;
using OpenTrain.Commands.Jobs.Draft;
using OpenTrain.Http;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

/// <summary>The <c>opentrain jobs</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("jobs"), Group(CommandGroup.Jobs)]
internal sealed class JobsCommands(CommandContext context)
{
    /// <summary>List public jobs published, updated or closed since a time (no token needed, none is sent).</summary>
    /// <param name="since">Start time: YYYY-MM-DD, or an ISO 8601 time such as 2026-07-15T09:00:00Z; pass the previous call's 'until' to continue.</param>
    /// <param name="follow">Keep polling and print each new change as it arrives (--json: one change per line); Ctrl-C stops.</param>
    /// <param name="interval">With --follow: seconds between polls, default 5.</param>
    /// <param name="type">Print only changes of this event type (repeat, or comma-separate).</param>
    /// <param name="until">Follow until the first change of this type, optionally for one job (PUBLISHED:jobId=job_123): print it, exit 0.</param>
    /// <param name="maxEvents">Follow until this many changes are printed, then exit 0.</param>
    /// <param name="timeout">Follow for at most this many seconds: exit 1 (TIMEOUT) if --until or --max-events was not met. --until, --max-events and --timeout follow without --follow.</param>
    [Listed("opentrain jobs changes --since 2026-06-12T08:00:00Z", "opentrain jobs changes --since 2026-06-12T08:00:00Z --follow --json", "opentrain jobs changes --since 2026-06-12T08:00:00Z --until PUBLISHED:jobId=job_123 --timeout 600"), Endpoint("GET", "/jobs/changes", Requirement.NoToken, "jobs/changes")]
    public Task Changes(ConsoleAppContext app, [RequiredFlag] string? since = null, bool follow = false, string? interval = null,
        [Repeatable, OneOf(typeof(JobsChangesCommand), nameof(JobsChangesCommand.EventTypes))] string? type = null, string? until = null, int? maxEvents = null, string? timeout = null,
        CancellationToken cancellationToken = default)
    {
        var start = JobsChangesCommand.Since(since, ArgumentNames.Flags);
        var pause = WaitOptions.Seconds(interval, 5, "--interval");
        var stop = FeedStop.Parse(JobsChangesCommand.Catalog, type is null ? null : RepeatedOption.Collect(app, "--type"), until, maxEvents, timeout);
        if (follow || stop.Follows) return FeedFollow.RunAsync(context, JobsChangesCommand.Feed, start, pause, saved: null, stop, cancellationToken);
        if (interval is not null) throw new UsageException("--interval needs --follow (or --until, --max-events, --timeout)");
        return context.RunAsync(JobsChangesCommand.Operation(start, stop), cancellationToken);
    }

    /// <summary>Close a job to new applicants (existing contracts are not affected).</summary>
    /// <param name="id">Same as --job-id.</param>
    /// <param name="jobId">The job to close.</param>
    [Listed("opentrain jobs close job_123"), Endpoint("POST", "/jobs/{id}/close", "jobs:write", "jobs/close", FeatureFlag = FeatureFlags.Publishing)]
    public Task Close([Argument] string? id = null, string? jobId = null, CancellationToken cancellationToken = default) => context.RunAsync(JobsCloseCommand.Operation(CommandArgs.RequireId(id, jobId, "--job-id")), cancellationToken);

    /// <summary>Count the public marketplace's open jobs by category, language, country and pay type (no token needed).</summary>
    [Listed("opentrain jobs facets"), Endpoint("GET", "/jobs/facets", Requirement.NoToken, "jobs/facets")]
    public Task Facets(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, JobsFacetsCommand.Operation(), cancellationToken);

    /// <summary>Show one public marketplace job (no token needed, none is sent).</summary>
    /// <param name="id">Same as --job-id.</param>
    /// <param name="jobId">The public job to show.</param>
    [Listed("opentrain jobs get job_123"), Endpoint("GET", "/jobs/{id}", Requirement.NoToken, "jobs/get")]
    public Task Get([Argument] string? id = null, string? jobId = null, CancellationToken cancellationToken = default) => context.RunAsync(JobsGetCommand.Operation(JobsGetCommand.JobId(CommandArgs.RequireId(id, jobId, "--job-id"), ArgumentNames.Flags)), cancellationToken);

    /// <summary>Invite an AI trainer to apply to a published job.</summary>
    /// <param name="id">Same as --job-id.</param>
    /// <param name="jobId">The published job.</param>
    /// <param name="freelancerId">The AI trainer's user id.</param>
    [Listed("opentrain jobs invite job_123 --freelancer-id usr_456"), Endpoint("POST", "/jobs/{id}/invites", "proposals:write", "jobs/invite", Claim = true, FeatureFlag = FeatureFlags.Hiring)]
    public Task Invite([Argument] string? id = null, string? jobId = null, [RequiredFlag] string? freelancerId = null, CancellationToken cancellationToken = default) => context.RunAsync(JobsInviteCommand.Operation(CommandArgs.RequireId(id, jobId, "--job-id"), CommandArgs.Require(freelancerId, "--freelancer-id")), cancellationToken);

    /// <summary>List the jobs your account owns, drafts included (newest first).</summary>
    /// <param name="status">Only jobs in this status: DRAFT, OPEN, ONGOING, COMPLETED, ARCHIVED or PENDING_APPROVAL.</param>
    /// <param name="limit">Jobs per page: 1–100, default 25.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    [Listed("opentrain jobs list --status OPEN --limit 50"), Endpoint("GET", "/jobs/mine", "jobs:read", "jobs/mine")]
    public Task List([OneOf(typeof(JobEnums), nameof(JobEnums.Statuses))] string? status = null, int? limit = null, string? cursor = null, bool all = false, CancellationToken cancellationToken = default) => context.RunAsync(JobsListCommand.Operation(EnumArgument.Parse(status, "--status", JobEnums.Statuses), PageOptions.Parse(limit, cursor, all)), cancellationToken);

    /// <summary>Publish a draft job to the marketplace.</summary>
    /// <param name="id">Same as --job-id.</param>
    /// <param name="jobId">The draft to publish.</param>
    [Listed("opentrain jobs publish job_123"), Endpoint("POST", "/jobs/{id}/publish", "jobs:write", "jobs/publish", FeatureFlag = FeatureFlags.Publishing)]
    public Task Publish([Argument] string? id = null, string? jobId = null, CancellationToken cancellationToken = default) => context.RunAsync(JobsPublishCommand.Operation(CommandArgs.RequireId(id, jobId, "--job-id")), cancellationToken);

    /// <summary>Search the public job marketplace (no token needed, none is sent).</summary>
    /// <param name="query">-q|--q, Free text matched against titles and descriptions.</param>
    /// <param name="language">Only jobs requiring this language, e.g. Spanish.</param>
    /// <param name="country">Only jobs open to this country, e.g. US.</param>
    /// <param name="payType">Only this pay type: PAY_PER_HOUR, FIXED_PRICE or PAY_PER_LABEL.</param>
    /// <param name="limit">Jobs per page: 1–100.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    [Listed("opentrain jobs search --query sentiment --language Spanish --pay-type PAY_PER_HOUR"), Endpoint("GET", "/jobs", Requirement.NoToken, "jobs/search")]
    public Task Search(string? query = null, string? language = null, string? country = null, [OneOf(typeof(JobEnums), nameof(JobEnums.PayTypes))] string? payType = null, int? limit = null, string? cursor = null, bool all = false, CancellationToken cancellationToken = default) => context.RunAsync(JobsSearchCommand.Operation( new JobSearchFilters(query, language, country, EnumArgument.Parse(payType, "--pay-type", JobEnums.PayTypes)), PageOptions.Parse(limit, cursor, all)), cancellationToken);

    /// <summary>Edit fields of a published job (it is moderated again).</summary>
    /// <param name="id">Same as --job-id.</param>
    /// <param name="jobId">The published (OPEN) job to edit.</param>
    /// <param name="set">key=value, repeatable. The value is JSON when it parses (25, true, null, ["a","b"]), else a string.</param>
    [Listed("opentrain jobs update-published job_123 --set headcount=8 --set 'jobTitle=Spanish sentiment labeling'"), Endpoint("PATCH", "/jobs/{id}", "jobs:write", "jobs/update", FeatureFlag = FeatureFlags.Publishing)]
    public Task UpdatePublished(ConsoleAppContext app, [Argument] string? id = null, string? jobId = null, [Repeatable] string? set = null, CancellationToken cancellationToken = default)
    {
        _ = set; // bound only so the framework accepts the flag; every --set is read from the raw arguments
        return context.RunAsync(JobsUpdatePublishedCommand.Operation(CommandArgs.RequireId(id, jobId, "--job-id"), JobFields.Require(SetArguments.Collect(app.InternalCommandArgs.Span), SetArguments.Names)), cancellationToken);
    }
}
