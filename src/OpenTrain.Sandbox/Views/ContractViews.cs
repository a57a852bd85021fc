using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Domain;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Views;

/// <summary>Contracts (list entry and detail with budget) and milestones.</summary>
public static class ContractViews
{
    public static JsonObject Milestone(SandboxState state, Milestone m) => new()
    {
        ["id"] = m.Id,
        ["name"] = m.Name,
        ["description"] = m.Description,
        ["status"] = m.Status,
        ["amountUsd"] = JsonValues.Usd(m.AmountUsd),
        ["volume"] = JsonValues.Usd(m.Volume),
        ["milestoneNumber"] = m.Number,
        ["dueDate"] = JsonValues.Iso(m.DueDate),
        ["pendingApproval"] = state.Approvals.All.Any(a => a.MilestoneId == m.Id && a.IsPending),
        ["needsReview"] = false,
        ["invoiceId"] = m.InvoiceId,
        ["createdAt"] = JsonValues.Iso(m.CreatedAt),
    };

    public static JsonObject Summary(SandboxState state, Contract c) => new()
    {
        ["id"] = c.Id,
        ["status"] = c.Status,
        ["title"] = c.Title,
        ["jobId"] = c.JobId,
        ["proposalId"] = c.ProposalId,
        ["paymentType"] = c.PaymentType,
        ["rateUsd"] = JsonValues.Usd(c.RateUsd),
        ["estimatedTotalUsd"] = JsonValues.Usd(c.EstimatedTotalUsd),
        ["estimatedVolume"] = JsonValues.Usd(c.EstimatedVolume),
        ["hasActiveMilestone"] = c.Milestones.Any(m => m.IsFunded),
        ["startDate"] = JsonValues.Iso(c.StartDate),
        ["endDate"] = JsonValues.Iso(c.EndDate),
        ["createdAt"] = JsonValues.Iso(c.CreatedAt),
        ["updatedAt"] = JsonValues.Iso(c.UpdatedAt),
        ["freelancer"] = ProposalViews.Freelancer(state, c.FreelancerId),
        ["milestones"] = JsonValues.Array(c.Milestones
            .Where(m => m.Status is not (MilestoneStatuses.Refunded or MilestoneStatuses.Cancelled))
            .Select(m => (JsonNode?)Milestone(state, m))),
    };

    public static JsonObject Detail(SandboxState state, Contract c)
    {
        var body = Summary(state, c);
        var budget = Budget.Compute(c);
        var active = c.Milestones.FirstOrDefault(m => m.IsFunded);
        body["jobDmConversationId"] = c.ConversationId;
        body["budget"] = new JsonObject
        {
            ["contractId"] = c.Id,
            ["paymentType"] = c.PaymentType,
            ["state"] = budget.State,
            ["fundedVolume"] = JsonValues.Usd(budget.FundedVolume),
            ["fundedAmountUsd"] = JsonValues.Usd(budget.FundedAmountUsd),
            ["consumed"] = new JsonObject
            {
                ["seconds"] = JsonValues.Usd(c.ConsumedHours * 3600),
                ["hours"] = JsonValues.Usd(c.ConsumedHours),
                ["labels"] = JsonValues.Usd(c.ConsumedLabels),
                ["tasks"] = JsonValues.Usd(c.ConsumedLabels),
            },
            ["consumedVolume"] = JsonValues.Usd(budget.ConsumedVolume),
            ["remainingVolume"] = JsonValues.Usd(budget.RemainingVolume),
            ["consumedFraction"] = JsonValues.Usd(budget.ConsumedFraction),
            ["activeMilestone"] = active is null ? null : new JsonObject
            {
                ["id"] = active.Id,
                ["name"] = active.Name,
                ["amountUsd"] = JsonValues.Usd(active.AmountUsd),
                ["volume"] = JsonValues.Usd(active.Volume),
                ["status"] = active.Status,
            },
            ["lastUsageAt"] = JsonValues.Iso(c.LastUsageAt),
        };
        return body;
    }
}
