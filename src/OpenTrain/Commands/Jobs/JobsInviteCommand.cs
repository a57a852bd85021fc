using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Jobs;

internal static class JobsInviteCommand
{
    internal static ApiOperation<InviteFreelancerResponse> Operation(string jobId, string freelancerId) =>
        new(JobsRequests.Invite(jobId, freelancerId), (invite, output) => Write(output, jobId, freelancerId, invite))
        {
            Hints = [ex => ex.Reason switch
            {
                "job_not_published" => $"publish the job first: '{new ShellCommand("opentrain jobs publish").Arg(jobId)}'.",
                "not_a_freelancer" => $"that user id is not an AI trainer; check it with '{new ShellCommand("opentrain freelancers get").Placeholder(null, "id-or-slug")}'.",
                "freelancer_unavailable" => "the AI trainer is not taking invitations right now.",
                _ => null,
            }],
        };

    private static void Write(TextWriter output, string jobId, string freelancerId, InviteFreelancerResponse invite)
    {
        var who = invite.FreelancerId ?? freelancerId;
        var job = invite.JobId ?? jobId;
        output.WriteLine(invite.AlreadyInvited == true ? $"{who} was already invited to job {job}." : $"Invited {who} to job {job}.");
        if (invite.ProposalId is not { Length: > 0 } proposalId) return;
        new KeyValueBlock().Add("Proposal", proposalId).WriteTo(output, "  ");
        output.WriteLine();
        output.WriteLine("Next: follow the proposal:");
        output.WriteLine($"  {new ShellCommand("opentrain proposals get").Arg(proposalId)}");
    }
}
