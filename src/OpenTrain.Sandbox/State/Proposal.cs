namespace OpenTrain.Sandbox.State;

/// <summary>A candidate's proposal on a job (seeded after publish, or created by an invite).</summary>
public sealed class Proposal : IEntity
{
    public required string Id { get; init; }
    public required string JobId { get; init; }
    public required string AccountId { get; init; }
    public required string FreelancerId { get; init; }
    public required DateTimeOffset CreatedAt { get; init; }
    public DateTimeOffset UpdatedAt { get; set; }
    public string Status { get; set; } = ProposalStatuses.Unreviewed;
    public decimal BidAmountUsd { get; init; }
    public string BidUnit { get; init; } = "PER_HOUR";
    public int? InterviewScore { get; init; }
    public double MatchScore { get; init; }
    public string? InterviewId { get; init; }
    public string? InterviewSummary { get; init; }
    public IReadOnlyList<InterviewMessage> Interview { get; init; } = [];
    public bool Invited { get; init; }
    public string? ConversationId { get; set; }
    public string? ContractId { get; set; }
}

public sealed record InterviewMessage(string Id, string Role, string Content, DateTimeOffset SentAt);

public static class ProposalStatuses
{
    public const string Unreviewed = "UNREVIEWED";
    public const string Hired = "HIRED";
    public const string NotAFit = "NOT_A_FIT";

    public static readonly IReadOnlyList<string> All =
        ["UNREVIEWED", "SHORTLISTED", "MAYBE", "HIRED", "DECLINED", "NOT_A_FIT", "RESUME_SENT"];

    public static string Label(string raw) => raw switch
    {
        "NOT_A_FIT" => "Not a fit",
        "RESUME_SENT" => "Resume sent",
        _ => char.ToUpperInvariant(raw[0]) + raw[1..].ToLowerInvariant(),
    };
}
