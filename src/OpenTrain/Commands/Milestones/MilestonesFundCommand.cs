using OpenTrain.Toolkit;
using OpenTrain.Commands.Approvals;

namespace OpenTrain.Commands.Milestones;

[RegisterCommands("milestones")]
internal sealed class MilestonesFundCommand(CommandContext context)
{
    /// <summary>Request funding of a milestone (a human confirms; the CLI never moves money).</summary>
    /// <param name="id">Same as --milestone-id.</param>
    /// <param name="milestoneId">The milestone to fund.</param>
    /// <param name="wait">Poll until a human confirms or declines (exit 1 unless confirmed).</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5.</param>
    [Listed(CommandGroup.Money, "opentrain milestones fund ms_456")]
    [Endpoint("POST", "/milestones/{milestoneId}/fund", "payments:write", "milestones/fund", Claim = true, FeatureFlag = FeatureFlags.PaymentsWrite)]
    public Task Fund([Argument] string? id = null, string? milestoneId = null, bool wait = false, string? timeout = null, string? interval = null,
        CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(CommandArgs.RequireId(id, milestoneId, "--milestone-id")), response => response.Approval, WaitOptions.Parse(wait, timeout, interval), cancellationToken);

    internal static ApiOperation<ApprovalEnvelope> Operation(string milestoneId) =>
        CoSignedRequest.Operation(MilestonesRequests.Fund(milestoneId),
            $"Funding requested for milestone {milestoneId}: nothing is charged until a human confirms.",
            reason => reason == "payment_method_required"
                ? "a human must add a payment method (the billingUrl above) or top up credits ('opentrain credits top-up --amount-usd <usd>'), then fund again."
                : null);
}
