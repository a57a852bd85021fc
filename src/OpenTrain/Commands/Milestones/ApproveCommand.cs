using OpenTrain.Cli;

namespace OpenTrain.Commands.Milestones;

[RegisterCommands("milestones")]
internal sealed class ApproveCommand(CommandContext context)
{
    /// <summary>Request release of a funded milestone to the trainer (a human confirms).</summary>
    /// <param name="id">The milestone id, positionally (same as --milestone-id).</param>
    /// <param name="milestoneId">The milestone to release.</param>
    public Task Approve([Argument] string? id = null, string? milestoneId = null, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, milestoneId, "--milestone-id")), cancellationToken);

    internal static ApiOperation<ApprovalEnvelope> Operation(string milestoneId) =>
        CoSignedRequest.Operation(MilestonesApi.Approve(milestoneId),
            $"Release requested for milestone {milestoneId}: nothing is paid out until a human confirms.",
            reason => reason == "milestone_not_funded" ? $"fund it first: {new ShellCommand("opentrain milestones fund").Arg(milestoneId)}" : null);
}
