using OpenTrain.Toolkit;
using OpenTrain.Commands.Approvals;

namespace OpenTrain.Commands.Milestones;

internal static class MilestonesApproveCommand
{
    internal static ApiOperation<ApprovalEnvelope> Operation(string milestoneId) =>
        CoSignedRequest.Operation(MilestonesRequests.Approve(milestoneId),
            $"Release requested for milestone {milestoneId}: nothing is paid out until a human confirms.",
            reason => reason == "milestone_not_funded" ? $"fund it first: {new ShellCommand("opentrain milestones fund").Arg(milestoneId)}" : null);
}
