using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Jobs;

internal sealed record ListJobsOptions(string? Status, PageOptions Page);

[RegisterCommands("jobs")]
internal sealed class ListCommand(CommandContext context)
{
    /// <summary>List the jobs your account owns, drafts included (newest first).</summary>
    /// <param name="status">Only jobs in this status: DRAFT, OPEN, ONGOING, COMPLETED, ARCHIVED or PENDING_APPROVAL.</param>
    /// <param name="limit">Jobs per page, 1 to 100 (server default 25).</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    public Task List(string? status = null, int? limit = null, string? cursor = null, CancellationToken cancellationToken = default) =>
        RunAsync(new ListJobsOptions(EnumArgument.Parse(status, "--status", JobEnums.Statuses), PageOptions.Parse(limit, cursor)), cancellationToken);

    internal async Task RunAsync(ListJobsOptions options, CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        var response = await new JobsClient(connection).ListMineAsync(options.Status, options.Page, cancellationToken);
        context.WriteResult(response, list => Write(options, list));
    }

    private void Write(ListJobsOptions options, MyJobsResponse list)
    {
        var table = new Table("ID", "STATUS", "PROPOSALS", "CREATED", "TITLE");
        foreach (var job in list.Jobs ?? [])
            table.AddRow(job.Id, job.Status, Proposals(job.ProposalCounts), job.CreatedAt, job.Title);
        var next = options.Page.AppendTo(new ShellCommand("opentrain jobs list").Option("--status", options.Status));
        PagedTable.Write(context, table, list.NextCursor, next, "No jobs.");
    }

    private static string Proposals(ProposalCounts? counts) => counts?.Total switch
    {
        null => "",
        var total when counts.Unreviewed is > 0 => $"{total} ({counts.Unreviewed} new)",
        var total => $"{total}",
    };
}
