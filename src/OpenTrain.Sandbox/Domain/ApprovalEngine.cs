using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Domain;

/// <summary>Creates co-sign approvals and resolves them (confirm executes the action; decline/expire do nothing else).</summary>
public static class ApprovalEngine
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(72);

    public static Approval Create(SandboxState state, Account account, ApiToken requestedBy, string type, string jobId,
        string? contractId = null, string? milestoneId = null, string? proposalId = null, MilestoneTerms? hireTerms = null) =>
        state.Approvals.Add(new Approval
        {
            Id = state.NewId("appr"),
            AccountId = account.Id,
            RequestedByTokenId = requestedBy.Id,
            Type = type,
            JobId = jobId,
            ContractId = contractId,
            MilestoneId = milestoneId,
            ProposalId = proposalId,
            HireTerms = hireTerms,
            CreatedAt = state.Now,
            ExpiresAt = state.Now + Lifetime,
        });

    /// <summary>The live pending approval of this type for a target, after lazily expiring stale ones.</summary>
    public static Approval? FindPending(SandboxState state, string type, Func<Approval, bool> target)
    {
        foreach (var a in state.Approvals.All.Where(a => a.Type == type && a.IsPending && target(a)).ToList()) ExpireIfDue(state, a);
        return state.Approvals.All.FirstOrDefault(a => a.Type == type && a.IsPending && target(a));
    }

    /// <summary>Lazy expiry: a pending approval past <c>expiresAt</c> becomes <c>expired</c>.</summary>
    public static void ExpireIfDue(SandboxState state, Approval approval)
    {
        if (approval.IsPending && state.Now >= approval.ExpiresAt) Resolve(state, approval, ApprovalStatuses.Expired);
    }

    /// <summary>The human confirms: executes the action and records its result.</summary>
    public static void Confirm(SandboxState state, Approval approval, string? paymentSource = null)
    {
        ExpireIfDue(state, approval);
        if (!approval.IsPending) throw new InvalidOperationException($"Approval {approval.Id} is {approval.Status}, not pending.");
        var account = state.Accounts.Find(approval.AccountId)!;
        approval.Result = approval.Type switch
        {
            ApprovalTypes.ProposalHire => Hiring.Complete(state, account, approval, UseCredits(account, paymentSource, approval.HireTerms!.Amount)),
            ApprovalTypes.MilestoneFund => Funding.Fund(state, account, approval, paymentSource),
            ApprovalTypes.MilestoneApprove => Funding.Release(state, account, approval),
            ApprovalTypes.ContractEnd => Funding.EndContract(state, account, state.Contracts.Find(approval.ContractId)!),
            _ => throw new InvalidOperationException("unknown approval type " + approval.Type),
        };
        Resolve(state, approval, ApprovalStatuses.Confirmed);
    }

    public static void Decline(SandboxState state, Approval approval)
    {
        ExpireIfDue(state, approval);
        if (!approval.IsPending) throw new InvalidOperationException($"Approval {approval.Id} is {approval.Status}, not pending.");
        Resolve(state, approval, ApprovalStatuses.Declined);
    }

    /// <summary>Forces expiry now (also used when a new hire request supersedes an old one).</summary>
    public static void Expire(SandboxState state, Approval approval)
    {
        if (!approval.IsPending) throw new InvalidOperationException($"Approval {approval.Id} is {approval.Status}, not pending.");
        Resolve(state, approval, ApprovalStatuses.Expired);
    }

    /// <summary>Card unless the human picks credits, or the account has no card on file.</summary>
    public static bool UseCredits(Account account, string? paymentSource, decimal amountUsd)
    {
        var credits = paymentSource switch
        {
            "credits" => true,
            "card" => false,
            _ => !account.HasPaymentMethod,
        };
        if (credits && account.AvailableCents < CreditsBook.ToCents(amountUsd))
            throw new InvalidOperationException("Not enough credits to pay from the credit balance.");
        return credits;
    }

    private static void Resolve(SandboxState state, Approval approval, string status)
    {
        approval.Status = status;
        approval.ResolvedAt = state.Now;
        if (status != ApprovalStatuses.Confirmed && approval.Type == ApprovalTypes.MilestoneFund) Funding.CancelInvoice(state, approval);
        state.AppendEvent(approval.AccountId, EventTypes.ApprovalConfirmed, approval.Id, approval.JobId,
            new JsonObject { ["approvalId"] = approval.Id, ["status"] = status });
    }
}
