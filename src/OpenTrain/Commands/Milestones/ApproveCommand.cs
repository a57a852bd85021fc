using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Milestones;

[RegisterCommands("milestones")]
internal sealed class ApproveCommand(CommandContext context)
{
    /// <summary>Request release of a funded milestone to the trainer (a human confirms).</summary>
    /// <param name="id">The milestone id, positionally (same as --milestone-id).</param>
    /// <param name="milestoneId">The milestone to release.</param>
    public Task Approve([Argument] string? id = null, string? milestoneId = null, CancellationToken cancellationToken = default) =>
        RunAsync(CommandArgs.RequireId(id, milestoneId, "--milestone-id"), cancellationToken);

    internal Task RunAsync(string milestoneId, CancellationToken cancellationToken) =>
        CoSignedRequest.RunAsync(context,
            connection => new MilestonesClient(connection).ApproveAsync(milestoneId, cancellationToken),
            $"Release requested for milestone {milestoneId}: nothing is paid out until a human confirms.",
            reason => reason == "milestone_not_funded" ? $"fund it first: opentrain milestones fund {milestoneId}" : null);
}
