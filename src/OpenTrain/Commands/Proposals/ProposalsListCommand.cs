using OpenTrain.Toolkit;
using OpenTrain.Commands.Freelancers;

namespace OpenTrain.Commands.Proposals;

internal static class ProposalsListCommand
{
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
