using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

internal static class JobsListCommand
{
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
