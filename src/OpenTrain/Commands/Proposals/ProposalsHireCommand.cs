using OpenTrain.Toolkit;
using OpenTrain.Commands.Approvals;
using OpenTrain.Http;

namespace OpenTrain.Commands.Proposals;

[RegisterCommands("proposals")]
internal sealed class ProposalsHireCommand(CommandContext context)
{
    /// <summary>Request a hire with a first escrow milestone; a human confirms it in the app (no money moves here).</summary>
    /// <param name="id">Same as --proposal-id.</param>
    /// <param name="proposalId">The proposal to hire.</param>
    /// <param name="milestoneName">Name of the first milestone (this or --milestone-description is required).</param>
    /// <param name="milestoneDescription">What the first milestone delivers.</param>
    /// <param name="amount">--amount-usd, Milestone amount in USD, greater than 0.</param>
    /// <param name="dueDate">Milestone due date: YYYY-MM-DD.</param>
    /// <param name="confirmNotAFit">--confirm-not-a-fit, Confirm hiring a proposal you marked "Not a fit".</param>
    /// <param name="wait">Poll until a human confirms or declines (exit 1 unless confirmed).</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5.</param>
    [Listed(CommandGroup.Hiring, "opentrain proposals hire prop_789 --milestone-name \"First batch\" --amount 300 --due-date 2026-07-01")]
    [Endpoint("POST", "/proposals/{proposalId}/hire", "proposals:write", "proposals/hire", Claim = true, FeatureFlag = FeatureFlags.Hiring)]
    public Task Hire([Argument] string? id = null, string? proposalId = null, string? milestoneName = null, string? milestoneDescription = null,
        [RequiredFlag] string? amount = null, string? dueDate = null, bool confirmNotAFit = false, bool wait = false, string? timeout = null, string? interval = null,
        CancellationToken cancellationToken = default)
    {
        var proposal = CommandArgs.RequireId(id, proposalId, "--proposal-id");
        var milestone = Milestone(milestoneName, milestoneDescription, NumberArgument.Parse(amount, "--amount"), dueDate, ArgumentNames.Flags);
        var waitOptions = WaitOptions.Parse(wait, timeout, interval);
        return context.RunAsync(Operation(proposal, new HireProposalRequest(milestone, confirmNotAFit ? true : null)), e => e.Approval, waitOptions, cancellationToken);
    }

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
