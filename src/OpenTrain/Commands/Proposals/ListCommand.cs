using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Commands.Freelancers;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Proposals;

internal sealed record ListProposalsOptions(string JobId, string? Status, PageOptions Page);

[RegisterCommands("proposals")]
internal sealed class ListCommand(CommandContext context)
{
    /// <summary>List the proposals on one of your jobs (newest first).</summary>
    /// <param name="id">The job id (instead of --job-id).</param>
    /// <param name="jobId">The job whose proposals to list.</param>
    /// <param name="status">Only this status: UNREVIEWED, SHORTLISTED, MAYBE, HIRED, DECLINED, NOT_A_FIT or RESUME_SENT.</param>
    /// <param name="limit">Proposals per page, 1 to 100.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    public Task List([Argument] string? id = null, string? jobId = null, string? status = null, int? limit = null, string? cursor = null,
        CancellationToken cancellationToken = default) =>
        RunAsync(new ListProposalsOptions(CommandArgs.RequireId(id, jobId, "--job-id"),
            EnumArgument.Parse(status, "--status", ProposalStatuses.All), PageOptions.Parse(limit, cursor)), cancellationToken);

    internal async Task RunAsync(ListProposalsOptions options, CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        var response = await new ProposalsClient(connection).ListAsync(options.JobId, options.Status, options.Page, cancellationToken);
        context.WriteResult(response, list => Write(options, list));
    }

    private void Write(ListProposalsOptions options, ProposalListResponse list)
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
        var next = options.Page.AppendTo(new ShellCommand("opentrain proposals list").Arg(options.JobId).Option("--status", options.Status));
        PagedTable.Write(context, table, list.NextCursor, next, "No proposals.");
    }
}
