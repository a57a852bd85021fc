using System.Text;
using OpenTrain.Sandbox.Control;
using OpenTrain.Sandbox.State;
using static OpenTrain.Sandbox.Pages.Html;

namespace OpenTrain.Sandbox.Pages;

/// <summary>
/// <c>/settings/api-keys</c>, the app's "Settings → API keys" that the CLI's missing-scope and rejected-token hints send the
/// human to (<c>&lt;base-url&gt;/settings/api-keys</c>): the human picks one of the claimed accounts (the sandbox's
/// sign-in model: whoever opens the page is that account's owner, as on the claim and approval pages), a name, scopes
/// and an expiry, and the result page shows the new token's secret once (it is the POST's own response, never stored
/// for a later GET). Minting goes through <see cref="SandboxControl.MintToken"/>, the same call as
/// <c>POST /_sandbox/tokens</c>. Only claimed accounts are offered: an unclaimed agent account has no human to sign in.
/// </summary>
public static class ApiKeysPage
{
    public const string Path = "/settings/api-keys";

    /// <summary>The expiry choices: form value, label, lifetime (null: never expires).</summary>
    private static readonly (string Value, string Label, TimeSpan? Lifetime)[] Expiries =
    [
        ("7d", "7 days", TimeSpan.FromDays(7)), ("30d", "30 days", TimeSpan.FromDays(30)), ("90d", "90 days", TimeSpan.FromDays(90)),
        ("365d", "1 year", TimeSpan.FromDays(365)), ("never", "Never", null),
    ];

    private const string DefaultExpiry = "90d";
    private const int MaxNameLength = 120;

    public static void Map(IEndpointRouteBuilder app, SandboxState state, SandboxControl control)
    {
        app.MapGet(Path, (RequestDelegate)(http => ShowAsync(http, state, http.Request.Query["account"].ToString(), null, [], null, DefaultExpiry)));
        app.MapPost(Path, (RequestDelegate)(http => CreateAsync(http, state, control)));
    }

    private static Task ShowAsync(HttpContext http, SandboxState state, string? accountId, string? name, IReadOnlyCollection<string> scopes,
        string? error, string expiry, int status = 200)
    {
        List<Account> accounts;
        lock (state.Sync) accounts = state.Accounts.All.Where(a => a.Claimed).ToList();
        if (accounts.Count == 0)
            return MessageAsync(http, "API keys",
                "No claimed account yet. API keys belong to a human's account: the agent runs 'opentrain auth claim --email <owner-email>' and the human completes the claim from the link it prints; then open this page again.");
        var selected = accounts.FirstOrDefault(a => a.Id == accountId)?.Id ?? (accounts.Count == 1 ? accounts[0].Id : null);
        var accountChoices = new StringBuilder();
        foreach (var a in accounts)
            accountChoices.Append($"""<div><input type="radio" id="account-{E(a.Id)}" name="account" value="{E(a.Id)}"{(a.Id == selected ? " checked" : "")} required><label for="account-{E(a.Id)}">{E(a.OrganizationName)} ({E(a.Email)})</label></div>""");
        var scopeChoices = new StringBuilder();
        foreach (var s in Scopes.All)
            scopeChoices.Append($"""<div><input type="checkbox" id="scope-{E(s)}" name="scope" value="{E(s)}"{(scopes.Contains(s) ? " checked" : "")}><label for="scope-{E(s)}">{E(s)}</label></div>""");
        var expiryChoices = new StringBuilder();
        foreach (var (value, label, _) in Expiries)
            expiryChoices.Append($"""<div><input type="radio" id="expires-{value}" name="expires" value="{value}"{(value == expiry ? " checked" : "")}><label for="expires-{value}">{E(label)}</label></div>""");
        var alert = error is null ? "" : $"""<div class="notice bad" role="alert"><p>{E(error)}</p></div>""";
        var body = $"""
            {alert}
            <p>Create a token for an agent or a CI job. It can carry any of your account's scopes; the agent saves it with
            <code>opentrain auth login --api-key -</code>. The secret is shown once, on the next page.</p>
            <form method="post" action="{Path}" class="card">
            <fieldset><legend>Account</legend>{accountChoices}</fieldset>
            <label for="name">Name</label>
            <input type="text" id="name" name="name" maxlength="{MaxNameLength}" value="{E(name)}" required>
            <fieldset><legend>Scopes</legend>{scopeChoices}</fieldset>
            <fieldset><legend>Expires</legend>{expiryChoices}</fieldset>
            <div class="actions"><button type="submit">Create API key</button></div>
            </form>
            """;
        return WriteAsync(http, "API keys", body, status);
    }

    private static async Task CreateAsync(HttpContext http, SandboxState state, SandboxControl control)
    {
        var form = await http.Request.ReadFormAsync();
        var accountId = Field(form, "account");
        var name = Field(form, "name");
        var scopes = form["scope"].Where(s => !string.IsNullOrWhiteSpace(s)).Select(s => s!.Trim()).Distinct(StringComparer.Ordinal).ToList();
        var expiry = Field(form, "expires") ?? DefaultExpiry;
        Task Refuse(string why) => ShowAsync(http, state, accountId, name, scopes, why, expiry, 400);

        Account? account;
        lock (state.Sync) account = accountId is null ? null : state.Accounts.Find(accountId);
        if (account is not { Claimed: true }) { await Refuse("Choose one of your accounts."); return; }
        if (name is null || name.Length > MaxNameLength) { await Refuse($"Give the key a name (at most {MaxNameLength} characters)."); return; }
        if (scopes.Count == 0) { await Refuse("Choose at least one scope."); return; }
        if (scopes.FirstOrDefault(s => !Scopes.IsKnown(s)) is { } unknown) { await Refuse($"'{unknown}' is not a scope of this account."); return; }
        if (Expiries.FirstOrDefault(e => e.Value == expiry) is not { Value: not null } choice) { await Refuse("Choose when the key expires."); return; }

        var expiresAt = choice.Lifetime is { } lifetime ? state.Now + lifetime : (DateTimeOffset?)null;
        MintedToken minted;
        try
        {
            minted = control.MintToken(scopes, accountId: account.Id, name: name, expiresAt: expiresAt);
        }
        catch (ControlException e)
        {
            await Refuse(e.Message);
            return;
        }
        var body = $"""
            <div class="notice ok" role="status"><p>Copy the key now: this is the only time it is shown. Reloading this page does not show it again.</p></div>
            <div class="card">
            <label for="secret">Your new API key</label>
            <input type="text" id="secret" readonly value="{E(minted.Token)}">
            {Facts(("Name", name), ("Account", $"{account.OrganizationName} ({account.Email})"), ("Scopes", string.Join(", ", minted.Scopes)),
                ("Expires", expiresAt is { } at ? When(at) : "never"), ("Token id", minted.TokenId))}
            </div>
            <p>Give it to the agent, which saves it with <code>opentrain auth login --api-key -</code> (reading it from standard input).</p>
            <p><a href="{Path}">Create another key</a> · <a href="/">Back to the sandbox home page</a></p>
            """;
        await WriteAsync(http, "API key created", body);
    }
}
