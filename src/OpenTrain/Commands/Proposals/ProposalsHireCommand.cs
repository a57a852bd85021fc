using OpenTrain.Toolkit;
using OpenTrain.Commands.Approvals;
using OpenTrain.Http;

namespace OpenTrain.Commands.Proposals;

internal static class ProposalsHireCommand
{
    /// <summary>The first milestone: a name or a description, an amount greater than 0, a YYYY-MM-DD due date.</summary>
    internal static HireMilestone Milestone(string? milestoneName, string? milestoneDescription, decimal? amount, string? dueDate, ArgumentNames names)
    {
        if (string.IsNullOrWhiteSpace(milestoneName) && string.IsNullOrWhiteSpace(milestoneDescription))
            throw new UsageException($"{names["milestoneName"]} or {names["milestoneDescription"]} is required");
        var usd = amount ?? throw new UsageException($"{names["amount"]} is required");
        if (usd <= 0) throw new UsageException($"{names["amount"]} must be greater than 0, got {NumberArgument.Text(usd)}");
        return new HireMilestone(milestoneName, milestoneDescription, usd, CommandArgs.IsoDate(dueDate, names["dueDate"]));
    }

    internal static ApiOperation<ApprovalEnvelope> Operation(string proposalId, HireProposalRequest request) =>
        new(ProposalsRequests.Hire(proposalId, request), (envelope, output) => ApprovalOutput.WritePending(output, envelope,
            $"Hire requested for proposal {proposalId}: waiting for a human to confirm. Nobody is hired and no money moves until then."))
        {
            Hints = [PaymentHint],
        };

    private static string? PaymentHint(OpenTrainApiException ex)
    {
        if (ex.Reason != "payment_method_required") return null;
        var billing = ex.Details().String("billingUrl");
        return "a human must add a payment method (or buy credits) first" + (billing is null ? "." : $":\n{billing}");
    }
}
