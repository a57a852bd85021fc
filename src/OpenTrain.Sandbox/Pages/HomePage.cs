using System.Globalization;
using OpenTrain.Sandbox.Domain;
using OpenTrain.Sandbox.State;
using static OpenTrain.Sandbox.Pages.Html;

namespace OpenTrain.Sandbox.Pages;

/// <summary>
/// <c>/</c>: the desk of the human supervising an agent. What waits for them (approvals, claims, checkouts, each linking to
/// its page), the accounts, the newest events of the updates feed and the webhook deliveries with their status. Read-only.
/// </summary>
public static class HomePage
{
    private const int RecentCount = 20;

    public static void Map(IEndpointRouteBuilder app, SandboxState state) =>
        app.MapGet("/", (RequestDelegate)(http => WriteAsync(http, "Sandbox home", Render(state))));

    private static string Render(SandboxState state)
    {
        lock (state.Sync)
        {
            var now = state.Now;
            var approvals = state.Approvals.All.ToList().Select(a => ApprovalPage.Describe(state, a))
                .Where(s => s.Status == ApprovalStatuses.Pending).Reverse()
                .Select(s => (IReadOnlyList<string>)[Link("/approvals/" + s.Id, s.Title), E(s.AmountUsd is { } a ? Usd(a) : "–"),
                    E(s.Job), E(s.Freelancer ?? "–"), E(Relative(s.ExpiresAt, now))]);
            var claims = state.Claims.Values
                .Where(c => c.CompletedAt is null && c.Attempt is { } at && now < at.ExpiresAt && now < c.ExpiresAt)
                .Select(c => (IReadOnlyList<string>)[Link("/claim?token=" + c.Attempt!.AttemptToken, "Open claim page"),
                    E(state.Accounts.Find(c.AccountId)?.OrganizationName), E(c.Attempt.Email), E(Relative(c.Attempt.ExpiresAt, now))]);
            var topUps = state.TopUps.All.ToList()
                .Where(t => { TopUps.ExpireIfDue(state, t); return t.Status == "PENDING"; })
                .Select(t => (IReadOnlyList<string>)[Link("/checkout/" + t.Id, "Pay " + Cents(t.AmountCents)),
                    E(state.Accounts.Find(t.AccountId)?.OrganizationName), E(Relative(t.ExpiresAt, now))]);
            var accounts = state.Accounts.All
                .Select(a => (IReadOnlyList<string>)[E(a.OrganizationName), E(a.AgentName ?? "–"), E(a.Email ?? "–"),
                    E(a.Claimed ? "yes" : "no"), E(a.HasPaymentMethod ? "yes" : "no"), E(Cents(a.AvailableCents))]);
            var events = Enumerable.Reverse(state.Events).Take(RecentCount)
                .Select(e => (IReadOnlyList<string>)[E(e.Id), E(e.Type), $"<code>{E(e.ResourceId)}</code>",
                    E(state.Accounts.Find(e.AccountId)?.OrganizationName), E(When(e.CreatedAt))]);
            var deliveries = state.Deliveries.All.Reverse().Take(RecentCount)
                .Select(d => (IReadOnlyList<string>)[E(d.Status), E(d.EventType), E(d.EventId), E(d.Attempts.ToString(CultureInfo.InvariantCulture)),
                    E(d.LastStatusCode?.ToString(CultureInfo.InvariantCulture) ?? d.LastError ?? "–"), $"<code>{E(d.WebhookId)}</code>"]);

            var auto = state.Settings.AutoHumanDelay is { } delay
                ? $"""<div class="notice" role="status"><p>Auto-human is on: anything left here longer than {E(delay.TotalSeconds.ToString(CultureInfo.InvariantCulture))} s is done for you.</p></div>"""
                : "";
            return $"""
                <p>Point the CLI at this sandbox (<code>--base-url <span data-origin>{E(state.PublicOrigin)}</span></code>) and open the links it prints, or pick them here.
                Sandbox time: {E(When(now))}.</p>
                {auto}
                <p>Your settings: {Link(ApiKeysPage.Path, "API keys")} (create a token with the scopes an agent lacks) · {Link("/settings/billing", "Billing")}</p>
                <h2>Waiting for you</h2>
                {Table("Pending approvals", ["Request", "Amount", "Job", "Freelancer", "Expires"], approvals, "No pending approvals.")}
                {Table("Claims in progress", ["Claim", "Organization", "Email", "Expires"], claims, "No claims in progress.")}
                {Table("Pending top-ups", ["Checkout", "Organization", "Expires"], topUps, "No pending top-ups.")}
                <h2>Accounts</h2>
                {Table("Accounts", ["Organization", "Agent", "Owner email", "Claimed", "Card", "Credits"], accounts, "No accounts yet.")}
                <h2>Recent events (updates feed)</h2>
                {Table($"Newest {RecentCount}, newest first", ["Id", "Type", "Resource", "Organization", "At"], events, "No events yet.")}
                <h2>Webhook deliveries</h2>
                {Table($"Newest {RecentCount}, newest first", ["Status", "Event", "Event id", "Attempts", "Last result", "Webhook"], deliveries, "No webhook deliveries yet.")}
                """;
        }
    }
}
