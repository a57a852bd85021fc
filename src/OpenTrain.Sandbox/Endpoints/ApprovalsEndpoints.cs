using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Domain;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary><c>GET /approvals/{approvalId}</c> with lazy expiry.</summary>
public static class ApprovalsEndpoints
{
    /// <summary>The 202 answer of every co-signed request: <c>{approval, message}</c>.</summary>
    public static ApiResponse Accepted(SandboxState state, Approval approval, string message) =>
        ApiResponse.Accepted(new JsonObject { ["approval"] = ApprovalViews.Approval(state, approval), ["message"] = message });

    public static void Map(ApiRoutes api) => api.Get("/approvals/{approvalId}", r =>
    {
        var caller = r.Gate(Scopes.PaymentsRead);
        var id = r.Route("approvalId");
        var approval = r.State.Approvals.Find(id);
        if (approval is null || approval.AccountId != caller.Account.Id) throw ApiException.NotFoundResource("approvals", "approvalId", id);
        ApprovalEngine.ExpireIfDue(r.State, approval);
        return ApiResponse.Ok(new JsonObject { ["approval"] = ApprovalViews.Approval(r.State, approval) });
    });
}
