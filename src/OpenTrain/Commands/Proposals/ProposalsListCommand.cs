using OpenTrain.Toolkit;
using OpenTrain.Commands.Freelancers;

namespace OpenTrain.Commands.Proposals;

[RegisterCommands("proposals")]
internal sealed class ProposalsListCommand(CommandContext context)
{
    /// <summary>List the proposals on one of your jobs (newest first).</summary>
    /// <param name="id">Same as --job-id.</param>
    /// <param name="jobId">The job whose proposals to list.</param>
    /// <param name="status">Only this status: UNREVIEWED, SHORTLISTED, MAYBE, HIRED, DECLINED, NOT_A_FIT or RESUME_SENT.</param>
    /// <param name="limit">Proposals per page: 1–100.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    [Listed(CommandGroup.Hiring, "opentrain proposals list job_123 --status SHORTLISTED")]
    [Endpoint("GET", "/jobs/{id}/proposals", "proposals:read", "jobs/list-proposals")]
    public Task List([Argument] string? id = null, string? jobId = null, [OneOf(typeof(ProposalStatuses), nameof(ProposalStatuses.All))] string? status = null, int? limit = null, string? cursor = null, bool all = false,
        CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, jobId, "--job-id"), EnumArgument.Parse(status, "--status", ProposalStatuses.All),
            PageOptions.Parse(limit, cursor, all)), cancellationToken);

    internal static ApiOperation<ProposalListResponse> Operation(string jobId, string? status, PageOptions page) =>
        new(ProposalsRequests.List(jobId, status, page), (list, output) => ToTable(list).WriteTo(output))
        {
            AllPages = page.All ? (cursor => Operation(jobId, status, page with { Cursor = cursor }), "proposals") : null,
            Paging = list => new PageFooter(list.Proposals?.Count ?? 0, list.NextCursor,
                page.AppendTo(new ShellCommand("opentrain proposals list").Arg(jobId).Option("--status", status)), "No proposals."),
        };

    private static Table ToTable(ProposalListResponse list)
    {
        var table = new Table("ID", "STATUS", "CANDIDATE", "COUNTRY", "BID", "INTERVIEW", "MATCH");
        foreach (var proposal in list.Proposals ?? [])
        {
            var candidate = proposal.Candidate;
            table.AddRow(proposal.Id, proposal.Status?.Label ?? proposal.Status?.Raw,
                MaskedName.Of(candidate?.DisplayName, candidate?.FirstName, candidate?.LastNameInitial),
                candidate?.Country ?? candidate?.CountryCode, ProposalText.Bid(proposal.Bid),
                AmountText.Plain(proposal.Metrics?.InterviewScore), AmountText.Plain(proposal.Metrics?.MatchScore));
        }
        return table;
    }
}
