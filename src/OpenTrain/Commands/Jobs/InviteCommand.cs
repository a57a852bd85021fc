using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Jobs;

internal sealed record InviteOptions(string JobId, string FreelancerId);

[RegisterCommands("jobs")]
internal sealed class InviteCommand(CommandContext context)
{
    /// <summary>Invite an AI trainer to apply to a published job.</summary>
    /// <param name="id">The job id (instead of --job-id).</param>
    /// <param name="jobId">The published job.</param>
    /// <param name="freelancerId">The AI trainer's user id.</param>
    public Task Invite([Argument] string? id = null, string? jobId = null, string? freelancerId = null, CancellationToken cancellationToken = default) =>
        RunAsync(new InviteOptions(CommandArgs.RequireId(id, jobId, "--job-id"), CommandArgs.Require(freelancerId, "--freelancer-id")), cancellationToken);

    internal async Task RunAsync(InviteOptions options, CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        var response = await new JobsClient(connection).InviteAsync(options.JobId, options.FreelancerId, cancellationToken)
            .WithHint(ex => ex.Reason switch
            {
                "job_not_published" => $"publish the job first: 'opentrain jobs publish {ShellCommand.Quote(options.JobId)}'.",
                "not_a_freelancer" => "that user id is not an AI trainer; check it with 'opentrain freelancers get <id-or-slug>'.",
                "freelancer_unavailable" => "the AI trainer is not taking invitations right now.",
                _ => null,
            });
        context.WriteResult(response, invite => Write(context.Terminal.Out, options, invite));
    }

    private static void Write(TextWriter output, InviteOptions options, InviteFreelancerResponse invite)
    {
        var who = invite.FreelancerId ?? options.FreelancerId;
        var job = invite.JobId ?? options.JobId;
        output.WriteLine(invite.AlreadyInvited == true ? $"{who} was already invited to job {job}." : $"Invited {who} to job {job}.");
        if (invite.ProposalId is not { Length: > 0 } proposalId) return;
        new KeyValueBlock().Add("Proposal", proposalId).WriteTo(output, "  ");
        output.WriteLine();
        output.WriteLine("Next: follow the proposal:");
        output.WriteLine($"  {new ShellCommand("opentrain proposals get").Arg(proposalId)}");
    }
}
