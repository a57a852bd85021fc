using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Domain;

/// <summary>Milestone money moves once a human confirms: fund, release, end contract; plus budget bookkeeping.</summary>
public static class Funding
{
    /// <summary>Funding request recorded: a PENDING_FUNDING invoice appears and <c>payment.pending</c> fires.</summary>
    public static Invoice OpenInvoice(SandboxState state, Contract contract, Milestone milestone)
    {
        var invoice = state.Invoices.Add(new Invoice
        {
            Id = state.NewId("inv"), AccountId = contract.AccountId, Number = state.NextInvoiceNumber(), AmountUsd = milestone.AmountUsd,
            JobId = contract.JobId, ContractId = contract.Id, MilestoneId = milestone.Id, CreatedAt = state.Now,
        });
        state.AppendEvent(contract.AccountId, EventTypes.PaymentPending, invoice.Id, contract.JobId,
            new JsonObject { ["invoiceId"] = invoice.Id, ["milestoneId"] = milestone.Id, ["contractId"] = contract.Id });
        return invoice;
    }

    public static JsonObject Fund(SandboxState state, Account account, Approval approval, string? paymentSource)
    {
        var milestone = state.Milestones.Find(approval.MilestoneId)!;
        var contract = state.Contracts.Find(milestone.ContractId)!;
        var invoice = PendingInvoice(state, milestone) ?? OpenInvoice(state, contract, milestone);
        if (ApprovalEngine.UseCredits(account, paymentSource, milestone.AmountUsd))
            milestone.HoldEntryId = CreditsBook.Hold(state, account, CreditsBook.ToCents(milestone.AmountUsd), contract.ProposalId, contract.Id, milestone.Id).Id;
        invoice.Status = "PAID";
        milestone.InvoiceId = invoice.Id;
        milestone.Status = MilestoneStatuses.ActiveFunded;
        MilestoneChanged(state, contract, milestone);
        return new JsonObject { ["invoiceId"] = invoice.Id, ["paymentIntentId"] = "pi_" + SandboxState.RandomHex(8) };
    }

    public static JsonObject Release(SandboxState state, Account account, Approval approval)
    {
        var milestone = state.Milestones.Find(approval.MilestoneId)!;
        var contract = state.Contracts.Find(milestone.ContractId)!;
        CreditsBook.Capture(state, account, milestone, contract.Id);
        milestone.Status = MilestoneStatuses.Paid;
        MilestoneChanged(state, contract, milestone);
        return new JsonObject { ["invoiceId"] = milestone.InvoiceId, ["payoutTransactionId"] = "po_" + SandboxState.RandomHex(8) };
    }

    /// <summary>Ends a contract: funded escrow is refunded (credit holds released), the job DM turns read-only.</summary>
    public static JsonObject EndContract(SandboxState state, Account account, Contract contract)
    {
        foreach (var m in contract.Milestones.Where(m => m.IsFunded))
        {
            CreditsBook.Release(state, account, m, contract.Id);
            m.Status = MilestoneStatuses.Refunded;
            MilestoneChanged(state, contract, m);
        }
        foreach (var m in contract.Milestones.Where(m => m.Status == MilestoneStatuses.NotFunded)) m.Status = MilestoneStatuses.Cancelled;
        contract.Status = "ended";
        contract.EndDate = state.Now;
        contract.UpdatedAt = state.Now;
        if (state.Conversations.Find(contract.ConversationId) is { } dm) dm.ReadOnly = true;
        return new JsonObject { ["contractEnded"] = true };
    }

    public static void CancelInvoice(SandboxState state, Approval approval)
    {
        if (state.Milestones.Find(approval.MilestoneId) is { } m && PendingInvoice(state, m) is { } invoice) invoice.Status = "CANCELLED";
    }

    public static Invoice? PendingInvoice(SandboxState state, Milestone milestone) =>
        state.Invoices.All.FirstOrDefault(i => i.MilestoneId == milestone.Id && i.Status == "PENDING_FUNDING");

    public static void MilestoneChanged(SandboxState state, Contract contract, Milestone milestone)
    {
        contract.UpdatedAt = state.Now;
        state.AppendEvent(contract.AccountId, EventTypes.MilestoneStatusChanged, milestone.Id, contract.JobId,
            new JsonObject { ["milestoneId"] = milestone.Id, ["contractId"] = contract.Id, ["status"] = milestone.Status });
        UpdateBudgetState(state, contract);
    }

    /// <summary>Recomputes OK / LOW / DEPLETED and fires <c>contract.budget_state_changed</c> on a change.</summary>
    public static void UpdateBudgetState(SandboxState state, Contract contract)
    {
        var budget = Budget.Compute(contract);
        if (budget.State == contract.BudgetState) return;
        var previous = contract.BudgetState;
        contract.BudgetState = budget.State;
        state.AppendEvent(contract.AccountId, EventTypes.BudgetStateChanged, contract.Id, contract.JobId, new JsonObject
        {
            ["contractId"] = contract.Id,
            ["previousState"] = previous,
            ["state"] = budget.State,
            ["paymentType"] = contract.PaymentType,
            ["fundedVolume"] = Views.JsonValues.Usd(budget.FundedVolume),
            ["consumedVolume"] = Views.JsonValues.Usd(budget.ConsumedVolume),
            ["remainingVolume"] = Views.JsonValues.Usd(budget.RemainingVolume),
            ["consumedFraction"] = Views.JsonValues.Usd(budget.ConsumedFraction),
        });
    }
}

/// <summary>Budget numbers of a contract (consumption = hours for hourly, labels for per-label; fixed price is always OK).</summary>
public sealed record Budget(string State, decimal FundedVolume, decimal FundedAmountUsd, decimal ConsumedVolume, decimal RemainingVolume, decimal ConsumedFraction)
{
    public static Budget Compute(Contract c)
    {
        var funded = c.Milestones.Where(m => m.Status is MilestoneStatuses.ActiveFunded or MilestoneStatuses.Paid).ToList();
        var fundedAmount = funded.Sum(m => m.AmountUsd);
        if (c.PaymentType == "FIXED_PRICE") return new Budget("OK", 0, fundedAmount, 0, 0, 0);
        var fundedVolume = funded.Sum(m => m.Volume ?? 0);
        var consumed = c.PaymentType == "PAY_PER_HOUR" ? c.ConsumedHours : c.ConsumedLabels;
        var fraction = fundedVolume > 0 ? Math.Round(consumed / fundedVolume, 4) : consumed > 0 ? 1 : 0;
        var state = fraction >= 1 ? "DEPLETED" : fraction >= 0.8m ? "LOW" : "OK";
        return new Budget(state, fundedVolume, fundedAmount, consumed, Math.Max(0, fundedVolume - consumed), fraction);
    }
}
