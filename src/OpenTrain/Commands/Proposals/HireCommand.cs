using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Commands.Approvals;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Proposals;

internal sealed record HireOptions(string ProposalId, HireProposalRequest Request);

[RegisterCommands("proposals")]
internal sealed class HireCommand(CommandContext context)
{
    /// <summary>Request a hire with a first escrow milestone; a human confirms it in the app (no money moves here).</summary>
    /// <param name="id">The proposal id (instead of --proposal-id).</param>
    /// <param name="proposalId">The proposal to hire.</param>
    /// <param name="milestoneName">Name of the first milestone (this or --milestone-description is required).</param>
    /// <param name="milestoneDescription">What the first milestone delivers.</param>
    /// <param name="amount">Milestone amount in USD, greater than 0.</param>
    /// <param name="dueDate">Milestone due date, YYYY-MM-DD.</param>
    /// <param name="confirmNotAFit">--confirm-not-a-fit, Confirm hiring a proposal you marked "Not a fit".</param>
    public Task Hire([Argument] string? id = null, string? proposalId = null, string? milestoneName = null, string? milestoneDescription = null,
        decimal? amount = null, string? dueDate = null, bool confirmNotAFit = false, CancellationToken cancellationToken = default)
    {
        var proposal = CommandArgs.RequireId(id, proposalId, "--proposal-id");
        if (string.IsNullOrWhiteSpace(milestoneName) && string.IsNullOrWhiteSpace(milestoneDescription))
            throw new UsageException("--milestone-name or --milestone-description is required");
        if (amount is null) throw new UsageException("--amount is required");
        if (amount <= 0) throw new UsageException($"--amount must be greater than 0, got {amount}");
        var milestone = new HireMilestone(milestoneName, milestoneDescription, amount.Value, CommandArgs.IsoDate(dueDate, "--due-date"));
        return RunAsync(new HireOptions(proposal, new HireProposalRequest(milestone, confirmNotAFit ? true : null)), cancellationToken);
    }

    internal async Task RunAsync(HireOptions options, CancellationToken cancellationToken)
    {
        using var connection = context.Connect();
        var response = await new ProposalsClient(connection).HireAsync(options.ProposalId, options.Request, cancellationToken).WithHint(PaymentHint);
        context.WriteResult(response, envelope => ApprovalOutput.WritePending(context.Terminal.Out, envelope,
            $"Hire requested for proposal {options.ProposalId}: waiting for a human to confirm. Nobody is hired and no money moves until then."));
    }

    private static string? PaymentHint(OpenTrainApiException ex)
    {
        if (ex.Reason != "payment_method_required") return null;
        var billing = ex.Details().String("billingUrl");
        return "a human must add a payment method (or buy credits) first" + (billing is null ? "." : $":\n{billing}");
    }
}
