using OpenTrain.Sandbox.Control;
using OpenTrain.Sandbox.Domain;
using OpenTrain.Sandbox.State;
using static OpenTrain.Sandbox.Pages.Html;

namespace OpenTrain.Sandbox.Pages;

/// <summary>
/// <c>/checkout/{topUpId}</c>, the <c>checkoutUrl</c> of a credit top-up (Stripe Checkout in production): the amount, then
/// Pay (<see cref="SandboxControl.PayTopUp"/>, as <c>POST /_sandbox/top-ups/{id}/pay</c>) or Cancel (like leaving Stripe's
/// page: nothing changes, the top-up stays PENDING until it expires).
/// </summary>
public static class CheckoutPage
{
    public static void Map(IEndpointRouteBuilder app, SandboxState state, SandboxControl control)
    {
        // Already paid or expired: the page for the link says which.
        HumanPages.MapLinkPage(app, "/checkout", (http, id) => ShowAsync(http, state, id), (http, id, _) => ShowAsync(http, state, id),
            ("pay", "paid", (id, _) => control.PayTopUp(id)),
            ("cancel", "cancelled", (_, _) => { }));
    }

    private static Task ShowAsync(HttpContext http, SandboxState state, string id)
    {
        TopUp topUp;
        string organization;
        long available;
        DateTimeOffset now;
        lock (state.Sync)
        {
            if (state.TopUps.Find(id) is not { } found) return Unknown(http, id);
            TopUps.ExpireIfDue(state, found);
            topUp = found;
            var account = state.Accounts.Find(found.AccountId)!;
            organization = account.OrganizationName;
            available = account.AvailableCents;
            now = state.Now;
        }
        var facts = Facts(("Top-up", topUp.Id), ("Organization", organization), ("Status", topUp.Status),
            ("Credits available now", Cents(available)), ("Created", When(topUp.CreatedAt)),
            ("Link expires", topUp.Status == "PENDING" ? $"{When(topUp.ExpiresAt)} ({Relative(topUp.ExpiresAt, now)})" : null),
            ("Paid", When(topUp.CompletedAt)));
        var card = $"""<div class="card"><p class="muted">Add credits to your OpenTrain balance</p><p class="amount">{E(Cents(topUp.AmountCents))}</p>{facts}</div>""";
        var done = http.Request.Query["done"].ToString();
        switch (topUp.Status)
        {
            case "PENDING" when done == "cancelled":
                return WriteAsync(http, "Payment cancelled", $"""
                    <div class="notice" role="status"><p>Nothing was charged. The top-up stays PENDING until its link expires; you can still pay it below.</p></div>
                    {card}{Form(topUp.Id)}
                    """);
            case "PENDING":
                return WriteAsync(http, "Pay for credits", card + Form(topUp.Id));
            case "COMPLETED" when done == "paid":
                return Result(http, "Payment received", "The credits are on the balance. The agent sees the top-up as COMPLETED.", "ok", 200, card);
            case "COMPLETED":
                return Result(http, "Already paid", $"This top-up was already paid on {When(topUp.CompletedAt)}. There is nothing left to do.", "", 200, card);
            default:
                return Result(http, "This checkout link has expired", $"It expired on {When(topUp.ExpiresAt)}; nothing was charged. Ask the agent for a new top-up.", "bad", 410, card);
        }
    }

    private static string Form(string id) => $"""
        <form method="post" action="/checkout/{E(id)}" class="card">
        <p class="muted">Sandbox test mode: no card is charged.</p>
        <div class="actions"><button type="submit" name="action" value="pay">Pay</button>
        <button type="submit" name="action" value="cancel" class="secondary">Cancel</button></div>
        </form>
        """;

    private static Task Result(HttpContext http, string title, string message, string kind, int status, string card) =>
        WriteAsync(http, title, $"""<div class="notice {kind}" role="status"><p>{E(message)}</p></div>{card}<p><a href="/">Back to the sandbox home page</a></p>""", status);

    private static Task Unknown(HttpContext http, string id) =>
        MessageAsync(http, "Unknown checkout link", $"No top-up {id} exists in this sandbox. It may belong to another sandbox run (state is forgotten on restart or reset).", 404, "bad");
}
