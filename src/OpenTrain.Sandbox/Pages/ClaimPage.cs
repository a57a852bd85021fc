using OpenTrain.Sandbox.Control;
using OpenTrain.Sandbox.State;
using static OpenTrain.Sandbox.Pages.Html;

namespace OpenTrain.Sandbox.Pages;

/// <summary>
/// <c>/claim?token=ot_cat_…</c>, the <c>verification_uri</c> of a claim start: shows the agent account being claimed and
/// asks for the 6-digit code the agent printed; submitting completes the claim through
/// <see cref="SandboxControl.CompleteClaim"/> (the same call as <c>POST /_sandbox/claims/complete</c>).
/// Without a token (the <c>claimUrl</c> of a claim-gate 403) it explains how a claim starts.
/// </summary>
public static class ClaimPage
{
    public static void Map(IEndpointRouteBuilder app, SandboxState state, SandboxControl control)
    {
        app.MapGet("/claim", (RequestDelegate)(http => ShowAsync(http, state, error: null)));
        app.MapPost("/claim", (RequestDelegate)(http => SubmitAsync(http, state, control)));
    }

    private sealed record View(string Token, string Organization, string? Agent, string Email, string AccountId, DateTimeOffset ExpiresAt,
        DateTimeOffset? CompletedAt, bool Expired, string UserCode);

    /// <summary>The registration whose current attempt carries this <c>ot_cat_</c> token; caller holds the lock.</summary>
    private static View? Find(SandboxState state, string token)
    {
        var claim = state.Claims.Values.FirstOrDefault(c => c.Attempt?.AttemptToken == token);
        if (claim?.Attempt is not { } attempt) return null;
        var account = state.Accounts.Find(claim.AccountId)!;
        var expiresAt = attempt.ExpiresAt < claim.ExpiresAt ? attempt.ExpiresAt : claim.ExpiresAt;
        return new View(token, account.OrganizationName, account.AgentName, attempt.Email, account.Id, expiresAt, claim.CompletedAt,
            state.Now >= expiresAt, attempt.UserCode);
    }

    private static Task ShowAsync(HttpContext http, SandboxState state, string? error, int status = 200)
    {
        var token = http.Request.Query["token"].ToString();
        if (token.Length == 0)
            return MessageAsync(http, "Claim an agent account",
                "An agent asks its human to claim it with 'opentrain auth claim --email <you>'. The claim email (here: the verification link the agent prints) opens this page with a token; the home page lists claims in progress.");
        View? view;
        DateTimeOffset now;
        lock (state.Sync)
        {
            view = Find(state, token);
            now = state.Now;
        }
        if (view is null)
            return MessageAsync(http, "Unknown claim link",
                "This claim link is unknown or was replaced by a newer one (starting the claim again sends a new link). Ask the agent for its latest link.", 404, "bad");
        if (view.CompletedAt is { } done)
            return http.Request.Query["done"] == "1"
                ? MessageAsync(http, "Account claimed", $"{view.Organization} is now yours ({view.Email}). The agent picks up its new token with 'opentrain auth claim-status --wait'.", 200, "ok")
                : MessageAsync(http, "Already claimed", $"{view.Organization} was already claimed by {view.Email} on {When(done)}. There is nothing left to do.");
        if (view.Expired)
            return MessageAsync(http, "This claim link has expired",
                $"It expired on {When(view.ExpiresAt)}. Ask the agent to start the claim again ('opentrain auth claim --email {view.Email}').", 410, "bad");

        var errorHtml = error is null ? "" : $"""<div class="notice bad" role="alert"><p>{E(error)}</p></div>""";
        var body = $"""
            {errorHtml}
            <div class="card">
            <p>An AI agent registered this employer account and asks you to claim it. You are signed in as <strong>{E(view.Email)}</strong>.</p>
            {Facts(("Organization", view.Organization), ("Agent", view.Agent ?? "(unnamed agent)"), ("Account", view.AccountId),
                ("Your email", view.Email), ("Link expires", $"{When(view.ExpiresAt)} ({Relative(view.ExpiresAt, now)})"))}
            </div>
            <form method="post" action="/claim" class="card">
            <input type="hidden" name="token" value="{E(view.Token)}">
            <label for="user_code">Code shown by the agent</label>
            <input type="text" id="user_code" name="user_code" inputmode="numeric" autocomplete="one-time-code" pattern="[0-9 ]*" maxlength="7" required>
            <label for="first_name">First name (optional)</label>
            <input type="text" id="first_name" name="first_name" autocomplete="given-name">
            <label for="last_name">Last name (optional)</label>
            <input type="text" id="last_name" name="last_name" autocomplete="family-name">
            <div class="actions"><button type="submit">Claim account</button></div>
            </form>
            """;
        return WriteAsync(http, "Claim this agent account", body, status);
    }

    private static async Task SubmitAsync(HttpContext http, SandboxState state, SandboxControl control)
    {
        var form = await http.Request.ReadFormAsync();
        var token = Field(form, "token") ?? "";
        var code = (Field(form, "user_code") ?? "").Replace(" ", "", StringComparison.Ordinal);
        http.Request.QueryString = QueryString.Create("token", token);
        bool codeMatches;
        lock (state.Sync)
        {
            var view = Find(state, token);
            codeMatches = view is null || view.CompletedAt is not null || view.Expired || view.UserCode == code;
        }
        if (!codeMatches)
        {
            await ShowAsync(http, state, "That code does not match. Enter the 6-digit code the agent printed with this link.", 400);
            return;
        }
        try
        {
            control.CompleteClaim(attemptToken: token, userCode: code, firstName: Field(form, "first_name"), lastName: Field(form, "last_name"));
            SeeOther(http, "/claim?token=" + Uri.EscapeDataString(token) + "&done=1");
        }
        catch (ControlException)
        {
            // Unknown, expired or already completed: the page for the link says which.
            await ShowAsync(http, state, null);
        }
    }
}
