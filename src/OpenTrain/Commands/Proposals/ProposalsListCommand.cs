using OpenTrain.Http;
using OpenTrain.Toolkit;
using OpenTrain.Commands.Freelancers;

namespace OpenTrain.Commands.Proposals;

internal static class ProposalsListCommand
{
    /// <summary>Profiles fetched at once with <c>--with-profiles</c>: enough to be quick, few enough not to hammer the API.</summary>
    private const int ProfilesInParallel = 4;

    /// <summary><c>--with-profiles</c> adds a table column: <c>--json</c> is the list body as received, so the two do not go together.</summary>
    internal static bool WithProfiles(bool withProfiles, bool json) => withProfiles && json
        ? throw new UsageException("--with-profiles adds a LANGUAGES column to the table; with --json, read each candidate's profile with 'opentrain freelancers get <id>'")
        : withProfiles;

    internal static ApiOperation<ProposalListResponse> Operation(string jobId, string? status, PageOptions page, bool withProfiles = false)
    {
        var languages = withProfiles ? new System.Collections.Concurrent.ConcurrentDictionary<string, string>() : null;
        return new(ProposalsRequests.List(jobId, status, page), (list, output) => ToTable(list, languages).WriteTo(output))
        {
            After = languages is null ? null : (connection, list, cancellationToken) => FetchLanguagesAsync(connection, list, languages, cancellationToken),
            AllPages = page.All ? (cursor => Operation(jobId, status, page with { Cursor = cursor }, withProfiles), "proposals") : null,
            Paging = list => new PageFooter(list.Proposals?.Count ?? 0, list.NextCursor,
                page.AppendTo(new ShellCommand("opentrain proposals list").Arg(jobId).Option("--status", status).Flag("--with-profiles", withProfiles)), "No proposals."),
        };
    }

    /// <summary>Each candidate's languages from their profile, a few at a time; a profile that cannot be read shows "?" (the list still prints).</summary>
    private static Task FetchLanguagesAsync(ApiConnection connection, ProposalListResponse list, System.Collections.Concurrent.ConcurrentDictionary<string, string> languages, CancellationToken cancellationToken)
    {
        var candidates = (list.Proposals ?? []).Select(p => p.Candidate?.ProfileSlug ?? p.Candidate?.Id).OfType<string>().Distinct().ToList();
        return Concurrently.ForEachAsync(candidates, ProfilesInParallel, async (candidate, token) =>
        {
            try
            {
                var profile = (await connection.SendAsync(FreelancersRequests.Get(candidate), token)).Value.Freelancer;
                languages[candidate] = FreelancerOutput.Languages(profile?.Languages) ?? "none listed";
            }
            catch (OpenTrainApiException)
            {
                languages[candidate] = "?";
            }
        }, cancellationToken);
    }

    private static Table ToTable(ProposalListResponse list, IReadOnlyDictionary<string, string>? languages)
    {
        var table = languages is null
            ? new Table("ID", "STATUS", "CANDIDATE", "COUNTRY", "BID", "INTERVIEW", "MATCH")
            : new Table("ID", "STATUS", "CANDIDATE", "COUNTRY", "BID", "INTERVIEW", "MATCH", "LANGUAGES");
        foreach (var proposal in list.Proposals ?? [])
        {
            var candidate = proposal.Candidate;
            table.AddRow(proposal.Id, proposal.Status?.Label ?? proposal.Status?.Raw,
                MaskedName.Of(candidate?.DisplayName, candidate?.FirstName, candidate?.LastNameInitial),
                candidate?.Country ?? candidate?.CountryCode, ProposalText.Bid(proposal.Bid),
                AmountText.Plain(proposal.Metrics?.InterviewScore), AmountText.Plain(proposal.Metrics?.MatchScore),
                languages is null ? null : languages.GetValueOrDefault(candidate?.ProfileSlug ?? candidate?.Id ?? "", "?"));
        }
        return table;
    }
}
