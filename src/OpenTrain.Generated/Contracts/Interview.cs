namespace OpenTrain.Generated.Contracts;

/// <summary>GET /proposals/{proposalId}/interview: the sanitized AI interview transcript.</summary>
public sealed record ProposalInterviewEnvelope(InterviewTranscript? Interview);

public sealed record InterviewTranscript(
    string? ProposalId, string? InterviewId, decimal? Score, string? Summary, IReadOnlyList<InterviewMessage>? Messages);

/// <summary>One turn, oldest first; <c>role</c> is <c>interviewer</c> or <c>candidate</c>.</summary>
public sealed record InterviewMessage(string? Id, string? Role, string? Content, string? SentAt);
