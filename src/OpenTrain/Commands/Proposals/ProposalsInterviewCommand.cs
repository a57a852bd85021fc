using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Proposals;

internal static class ProposalsInterviewCommand
{
    internal static ApiOperation<ProposalInterviewEnvelope> Operation(string proposalId) =>
        new(ProposalsRequests.Interview(proposalId), (envelope, output) =>
            Write(output, proposalId, envelope.Interview ?? throw CliException.InvalidResponse("the response carried no interview")));

    private static void Write(TextWriter output, string proposalId, InterviewTranscript interview)
    {
        output.WriteLine($"AI interview for proposal {interview.ProposalId ?? proposalId}");
        new KeyValueBlock()
            .Add("Interview id", interview.InterviewId)
            .Add("Score", AmountText.Plain(interview.Score))
            .Add("Summary", interview.Summary?.ReplaceLineEndings(" "))
            .WriteTo(output, "  ");
        var messages = interview.Messages ?? [];
        if (messages.Count == 0)
        {
            output.WriteLine();
            output.WriteLine("No transcript.");
            return;
        }
        output.WriteLine();
        output.WriteLine($"Transcript, {Messages.Transcript.Order}:");
        foreach (var message in messages)
        {
            output.WriteLine();
            output.WriteLine(message.SentAt is { Length: > 0 } at ? $"{Speaker(message.Role)}  {at}" : Speaker(message.Role));
            output.WriteLine($"  {(message.Content ?? "").ReplaceLineEndings("\n  ")}");
        }
    }

    private static string Speaker(string? role) => role switch
    {
        "interviewer" => "Interviewer",
        "candidate" => "Candidate",
        null or "" => "Unknown",
        var other => other,
    };
}
