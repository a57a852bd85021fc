using OpenTrain.Toolkit;
using OpenTrain.Commands.Approvals;

namespace OpenTrain.Commands.Milestones;

internal static class MilestonesFundCommand
{
    internal static ApiOperation<ApprovalEnvelope> Operation(string milestoneId) =>
        CoSignedRequest.Operation(MilestonesRequests.Fund(milestoneId),
            $"Funding requested for milestone {milestoneId}: nothing is charged until a human confirms.",
            reason => reason == "payment_method_required"
                ? $"a human must add a payment method (the billingUrl above) or top up credits ('{Credits.CreditsTopUpStatusCommand.NewTopUp}'), then fund again."
                : null);
}
