using OpenTrain.Toolkit;
using OpenTrain.Commands.Approvals;

namespace OpenTrain.Commands.Milestones;

[RegisterCommands("milestones")]
internal sealed class MilestonesApproveCommand(CommandContext context)
{
    /// <summary>Request release of a funded milestone to the trainer (a human confirms).</summary>
    /// <param name="id">Same as --milestone-id.</param>
    /// <param name="milestoneId">The milestone to release.</param>
    /// <param name="wait">Poll until a human confirms or declines (exit 1 unless confirmed).</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5.</param>
    [Listed(CommandGroup.Money, "opentrain milestones approve ms_456")]
    [Endpoint("POST", "/milestones/{milestoneId}/approve", "payments:write", "milestones/approve", Claim = true, FeatureFlag = FeatureFlags.PaymentsWrite)]
    public Task Approve([Argument] string? id = null, string? milestoneId = null, bool wait = false, string? timeout = null, string? interval = null,
        CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, milestoneId, "--milestone-id")), response => response.Approval, WaitOptions.Parse(wait, timeout, interval), cancellationToken);

    internal static ApiOperation<ApprovalEnvelope> Operation(string milestoneId) =>
        CoSignedRequest.Operation(MilestonesRequests.Approve(milestoneId),
            $"Release requested for milestone {milestoneId}: nothing is paid out until a human confirms.",
            reason => reason == "milestone_not_funded" ? $"fund it first: {new ShellCommand("opentrain milestones fund").Arg(milestoneId)}" : null);
}
