namespace OpenTrain.Commands.Proposals;

/// <summary>Proposal <c>status.raw</c> values, the filter of <c>proposals list --status</c>.</summary>
internal static class ProposalStatuses
{
    public static readonly string[] All = ["UNREVIEWED", "SHORTLISTED", "MAYBE", "HIRED", "DECLINED", "NOT_A_FIT", "RESUME_SENT"];
}
