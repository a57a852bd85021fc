using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Views;

public static class ApprovalViews
{
    public static JsonObject Approval(SandboxState state, Approval a) => new()
    {
        ["id"] = a.Id,
        ["type"] = a.Type,
        ["status"] = a.Status,
        ["contractId"] = a.ContractId,
        ["milestoneId"] = a.MilestoneId,
        ["jobId"] = a.JobId,
        ["proposalId"] = a.ProposalId,
        ["approvalUrl"] = state.Link("/approvals/" + a.Id),
        ["expiresAt"] = JsonValues.Iso(a.ExpiresAt),
        ["resolvedAt"] = JsonValues.Iso(a.ResolvedAt),
        ["result"] = a.Result?.DeepClone(),
        ["createdAt"] = JsonValues.Iso(a.CreatedAt),
    };
}
