using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary><c>GET /payments/pending</c>: funding invoices awaiting payment, newest first.</summary>
public static class PaymentsEndpoints
{
    public static void Map(ApiRoutes api) => api.Get("/payments/pending", r =>
    {
        var caller = r.Gate(Scopes.PaymentsRead);
        var payments = r.State.Invoices.All.Where(i => i.AccountId == caller.Account.Id && i.Status == "PENDING_FUNDING")
            .Reverse().Select(i => (JsonNode?)MoneyViews.PendingPayment(r.State, i));
        return ApiResponse.Ok(new JsonObject { ["payments"] = JsonValues.Array(payments) });
    });
}
