using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Views;

/// <summary>Ledger entries, top-ups and pending payments.</summary>
public static class MoneyViews
{
    public static JsonObject Entry(LedgerEntry e) => new()
    {
        ["id"] = e.Id,
        ["type"] = e.Type,
        ["amountCents"] = e.AmountCents,
        ["createdAt"] = JsonValues.Iso(e.CreatedAt),
        ["holdEntryId"] = e.HoldEntryId,
        ["jobofferId"] = e.JobofferId,
        ["contractId"] = e.ContractId,
        ["milestoneId"] = e.MilestoneId,
        ["topUpId"] = e.TopUpId,
        ["note"] = e.Note,
    };

    public static JsonObject TopUp(TopUp t) => new()
    {
        ["id"] = t.Id,
        ["status"] = t.Status,
        ["amountCents"] = t.AmountCents,
        ["createdAt"] = JsonValues.Iso(t.CreatedAt),
        ["completedAt"] = JsonValues.Iso(t.CompletedAt),
        ["expiresAt"] = JsonValues.Iso(t.ExpiresAt),
    };

    public static JsonObject PendingPayment(SandboxState state, Invoice i)
    {
        var job = state.Jobs.Find(i.JobId);
        var milestone = state.Milestones.Find(i.MilestoneId);
        return new JsonObject
        {
            ["id"] = i.Id,
            ["status"] = i.Status,
            ["invoiceKind"] = "FUNDING",
            ["viewerRole"] = "EMPLOYER",
            ["amountUsd"] = JsonValues.Usd(i.AmountUsd),
            ["createdAt"] = JsonValues.Iso(i.CreatedAt),
            ["invoiceNumber"] = i.Number,
            ["job"] = new JsonObject { ["id"] = i.JobId, ["title"] = job?.Title },
            ["milestone"] = milestone is null ? null : new JsonObject { ["id"] = milestone.Id, ["name"] = milestone.Name },
        };
    }
}
