using OpenTrain.Toolkit;
using OpenTrain.Commands.Freelancers;

namespace OpenTrain.Commands.Proposals;

internal static class ProposalsGetCommand
{
    internal static ApiOperation<ProposalEnvelope> Operation(string proposalId) =>
        new(ProposalsRequests.Get(proposalId), (envelope, output) => Write(output, envelope.Proposal ?? throw CliException.InvalidResponse("the response carried no proposal")));

    private static void Write(TextWriter output, Proposal proposal)
    {
        var candidate = proposal.Candidate;
        var name = MaskedName.Of(candidate?.DisplayName, candidate?.FirstName, candidate?.LastNameInitial);
        output.WriteLine($"Proposal {proposal.Id}: {name}{(proposal.Status?.Label ?? proposal.Status?.Raw) switch { null => "", var s => $" ({s})" }}");
        var verification = proposal.Verification;
        new KeyValueBlock()
            .Add("Job", proposal.JobTitle is { } title ? $"{title} ({proposal.JobId})" : proposal.JobId)
            .Add("Candidate", candidate?.ProfileSlug is { } slug ? $"{name} ({slug})" : name)
            .Add("Candidate id", candidate?.Id)
            .Add("Profile title", candidate?.ProfileTitle)
            .Add("Country", candidate?.Country ?? candidate?.CountryCode)
            .Add("Talent type", candidate?.TalentType)
            .Add("Track record", TrackRecord(candidate))
            .Add("Bid", ProposalText.Bid(proposal.Bid))
            .Add("Interview score", AmountText.Plain(proposal.Metrics?.InterviewScore ?? proposal.AiInterview?.Score))
            .Add("Match score", AmountText.Plain(proposal.Metrics?.MatchScore))
            .Add("Location check", Location(verification?.Location))
            .Add("Identity", verification?.Identity?.Verified switch { true => "verified", false => "not verified", null => null })
            .Add("Submitted", proposal.CreatedAt)
            .Add("Updated", proposal.UpdatedAt != proposal.CreatedAt ? proposal.UpdatedAt : null)
            .Add("Open Label", Raw(proposal.OpenLabel))
            .Add("Contract", Raw(proposal.Contract))
            .WriteTo(output, "  ");
        if (proposal.AiInterview?.Summary is { Length: > 0 } summary)
        {
            output.WriteLine();
            output.WriteLine("AI interview summary:");
            output.WriteLine($"  {summary.ReplaceLineEndings("\n  ")}");
        }
        output.WriteLine();
        output.WriteLine("Next:");
        if (candidate?.Id is { Length: > 0 } candidateId) output.WriteLine($"  {new ShellCommand("opentrain freelancers get").Arg(candidateId)}");
        output.WriteLine($"  {new ShellCommand("opentrain messages start-proposal-thread").Arg(proposal.Id)}");
        output.WriteLine($"  {new ShellCommand("opentrain proposals hire").Arg(proposal.Id).Option("--milestone-name", "<name>").Option("--amount", "<usd>")}");
    }

    private static string? TrackRecord(ProposalCandidate? candidate)
    {
        var parts = new List<string>();
        if (candidate?.HighestEarningsUsd is { } earned) parts.Add($"highest earnings {AmountText.Usd(earned)}");
        if (candidate?.ReviewCount is { } reviews) parts.Add(reviews == 1 ? "1 review" : $"{reviews} reviews");
        return parts.Count == 0 ? null : string.Join(", ", parts);
    }

    private static string? Location(LocationVerification? location) => location?.Status is not { } status
        ? null
        : string.Join(", ", new[] { status, location.Method, location.CheckedAt }.Where(p => !string.IsNullOrEmpty(p)));

    private static string? Raw(System.Text.Json.JsonElement? value) =>
        value is { ValueKind: not (System.Text.Json.JsonValueKind.Null or System.Text.Json.JsonValueKind.Undefined) } v ? JsonText.Value(v) : null;
}
