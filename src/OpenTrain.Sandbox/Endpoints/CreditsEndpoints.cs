using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Domain;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary>Credit balance, ledger, top-ups (human pays via the control surface or auto mode).</summary>
public static class CreditsEndpoints
{
    public const string TopUpMessage = "Top-up created. Show checkoutUrl to your human so they can complete the payment; then poll the top-up until it is COMPLETED.";

    public static void Map(ApiRoutes api)
    {
        api.Get("/credits", Balance);
        api.Get("/credits/ledger", Ledger);
        api.Post("/credits/top-ups", CreateTopUp);
        api.Get("/credits/top-ups/{topUpId}", GetTopUp);
    }

    private static ApiResponse Balance(ApiRequest request)
    {
        var account = request.Gate(Scopes.PaymentsRead, Features.Credits).Account;
        return ApiResponse.Ok(new JsonObject
        {
            ["credits"] = new JsonObject
            {
                ["availableCents"] = account.AvailableCents,
                ["reservedCents"] = account.ReservedCents,
                ["currency"] = "usd",
                ["recentEntries"] = JsonValues.Array(account.Ledger.AsEnumerable().Reverse().Take(10).Select(e => (JsonNode?)MoneyViews.Entry(e))),
            },
        });
    }

    private static ApiResponse Ledger(ApiRequest request)
    {
        var account = request.Gate(Scopes.PaymentsRead, Features.Credits).Account;
        var limit = Pagination.Limit(request, 50, 100);
        var entries = account.Ledger.AsEnumerable().Reverse().ToList();
        var (page, next) = Pagination.Page(entries, e => e.Id, request.Query("cursor"), limit);
        return ApiResponse.Ok(new JsonObject
        {
            ["entries"] = JsonValues.Array(page.Select(e => (JsonNode?)MoneyViews.Entry(e))),
            ["nextCursor"] = next,
        });
    }

    private static ApiResponse CreateTopUp(ApiRequest request)
    {
        var caller = request.Gate(Scopes.PaymentsWrite, Features.Credits, "top up credits");
        var body = request.JsonBody();
        var node = body["amountUsd"] ?? body["amount"];
        if (node is null || node.GetValueKind() != JsonValueKind.Number) throw ApiException.BadField("amountUsd", "amountUsd is required and must be a number.");
        var amount = node.AsDecimal();
        if (amount is < 10 or > 10_000) throw ApiException.BadField("amountUsd", "amountUsd must be between 10 and 10000.");
        var state = request.State;
        var id = state.NewId("topup");
        var topUp = state.TopUps.Add(new TopUp
        {
            Id = id,
            AccountId = caller.Account.Id,
            AmountCents = CreditsBook.ToCents(amount),
            CreatedAt = state.Now,
            ExpiresAt = state.Now.AddHours(24),
            CheckoutUrl = state.Link("/checkout/" + id),
        });
        return ApiResponse.Created(new JsonObject
        {
            ["topUpId"] = topUp.Id,
            ["checkoutUrl"] = topUp.CheckoutUrl,
            ["expiresAt"] = JsonValues.Iso(topUp.ExpiresAt),
            ["topUp"] = MoneyViews.TopUp(topUp),
            ["message"] = TopUpMessage,
        });
    }

    private static ApiResponse GetTopUp(ApiRequest request)
    {
        var caller = request.Gate(Scopes.PaymentsRead, Features.Credits);
        var id = request.Route("topUpId");
        var topUp = request.State.TopUps.Find(id);
        if (topUp is null || topUp.AccountId != caller.Account.Id) throw ApiException.NotFoundResource("credit-top-ups", "topUpId", id);
        TopUps.ExpireIfDue(request.State, topUp);
        return ApiResponse.Ok(new JsonObject { ["topUp"] = MoneyViews.TopUp(topUp) });
    }
}
