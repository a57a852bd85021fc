using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class JobsListCommand(CommandContext context)
{
    /// <summary>List the jobs your account owns, drafts included (newest first).</summary>
    /// <param name="status">Only jobs in this status: DRAFT, OPEN, ONGOING, COMPLETED, ARCHIVED or PENDING_APPROVAL.</param>
    /// <param name="limit">Jobs per page: 1–100, default 25.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    [Listed(CommandGroup.Jobs, "opentrain jobs list --status OPEN --limit 50")]
    [Endpoint("GET", "/jobs/mine", "jobs:read", "jobs/mine")]
    public Task List([OneOf(typeof(JobEnums), nameof(JobEnums.Statuses))] string? status = null, int? limit = null, string? cursor = null, bool all = false, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(EnumArgument.Parse(status, "--status", JobEnums.Statuses), PageOptions.Parse(limit, cursor, all)), cancellationToken);

    internal static ApiOperation<MyJobsResponse> Operation(string? status, PageOptions page) =>
        new(JobsRequests.ListMine(status, page), (list, output) => ToTable(list).WriteTo(output))
        {
            AllPages = page.All ? (cursor => Operation(status, page with { Cursor = cursor }), "jobs") : null,
            Paging = list => new PageFooter(list.Jobs?.Count ?? 0, list.NextCursor,
                page.AppendTo(new ShellCommand("opentrain jobs list").Option("--status", status)), "No jobs."),
        };

    private static Table ToTable(MyJobsResponse list)
    {
        var table = new Table("ID", "STATUS", "PROPOSALS", "CREATED", "TITLE");
        foreach (var job in list.Jobs ?? [])
            table.AddRow(job.Id, job.Status, Proposals(job.ProposalCounts), job.CreatedAt, job.Title);
        return table;
    }

    private static string Proposals(ProposalCounts? counts) => counts?.Total switch
    {
        null => "",
        var total when counts.Unreviewed is > 0 => $"{total} ({counts.Unreviewed} new)",
        var total => $"{total}",
    };
}
