using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OpenTrain.Sandbox.Control;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Browser.Tests;

/// <summary>
/// Issue #25 item 1: the "Settings → API keys" page the CLI's missing-scope hint and <c>auth status</c> point at. The agent
/// (a claimed account's post-claim token, saved by <c>auth login</c>) is refused a money move; the human opens the page the
/// hint names (reached from the home page too), creates a key with the missing scopes, copies the secret shown once; the
/// agent logs in with it through real argv and creates a milestone and a webhook.
/// </summary>
[ClassDataSource<SharedBrowser>(Shared = SharedType.PerTestSession)]
public class ApiKeysPageTests(SharedBrowser browser)
{
    [Test]
    public async Task The_human_creates_the_key_the_hint_asks_for_and_the_agent_then_creates_a_milestone_and_a_webhook()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        var agent = desk.Sandbox.Control.CreateAccount(new NewAccount { OrganizationName = "Labeling Co", Email = "mira@labeling.example", Scopes = Scopes.PostClaim, CreditsCents = 100_000 });
        await desk.RunAsync("auth", "login", "--api-key", agent.Token);
        var approvalUrl = await desk.HireApprovalLinkAsync(300);
        desk.Sandbox.Control.ConfirmApproval(HumanDesk.IdOf(approvalUrl));
        var contractId = (await desk.JsonAsync("contracts", "list"))["contracts"]!.AsArray()[0]!["id"]!.GetValue<string>();
        string[] milestone = ["milestones", "create", "--contract-id", contractId, "--description", "Label the next 1,000 posts", "--amount", "60"];

        // The agent's token cannot move money: the hint names the page, and auth status says what to add there.
        var refused = await desk.RunAsync(1, milestone);
        var pageUrl = desk.LinkIn(refused.Stderr, "/settings/api-keys");
        await Assert.That(pageUrl).IsEqualTo(desk.Sandbox.BaseUrl + "/settings/api-keys");
        await Assert.That(refused.Stderr).Contains("this token lacks payments:write");
        var status = await desk.RunAsync("auth", "status");
        await Assert.That(status.Stdout).Contains($"Scopes a human can put in a new token at {pageUrl} (Settings → API keys), then 'opentrain auth login --api-key -':\n");
        await Assert.That(status.Stdout).Contains("\n  payments:write: contracts end, credits top-up, milestones approve, milestones create, milestones fund\n");
        await Assert.That(status.Stdout).Contains("\n  webhooks:manage: webhooks create, webhooks delete, webhooks get, webhooks list\n");
        var statusJson = await desk.JsonAsync("auth", "status");
        await Assert.That(statusJson["cliAccess"]!["apiKeysUrl"]!.GetValue<string>()).IsEqualTo(pageUrl);

        // The human reaches the page from the home page, as from the hint.
        await desk.OpenAsync(desk.Sandbox.BaseUrl + "/");
        await desk.Page.GetByRole(AriaRole.Link, new() { Name = "API keys" }).ClickAsync();
        await Assert.That(desk.Page.Url).IsEqualTo(pageUrl);
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("API keys");

        // A key without a scope is refused on the page and mints nothing.
        var before = desk.Sandbox.State.Tokens.All.Count;
        await desk.Page.GetByLabel("Labeling Co (mira@labeling.example)").CheckAsync();
        await desk.Page.GetByLabel("Name").FillAsync("Money agent");
        await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Create API key" }).ClickAsync();
        await Assert.That(await desk.Page.GetByRole(AriaRole.Alert).InnerTextAsync()).Contains("Choose at least one scope");
        await Assert.That(desk.Sandbox.State.Tokens.All.Count).IsEqualTo(before);

        await desk.Page.GetByLabel("payments:write").CheckAsync();
        await desk.Page.GetByLabel("webhooks:manage").CheckAsync();
        await desk.Page.GetByLabel("proposals:read").CheckAsync();
        await desk.Page.GetByLabel("30 days").CheckAsync();
        await Screenshots.SaveAsync(desk.Page, "api-keys");
        await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Create API key" }).ClickAsync();
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("API key created");
        var secret = await desk.Page.GetByLabel("Your new API key").InputValueAsync();
        await Assert.That(secret).StartsWith("ot_pat_");
        var shown = await desk.TextAsync();
        await Assert.That(shown).Contains("proposals:read, payments:write, webhooks:manage");
        await Assert.That(shown).Contains("2026-07-01 09:00 UTC"); // 30 days on the sandbox's stopped clock
        await Assert.That(shown).Contains("only time it is shown");

        // Shown once: the page (GET) and the home page never show it again.
        await desk.OpenAsync(pageUrl);
        await Assert.That(await desk.Page.ContentAsync()).DoesNotContain(secret);
        await desk.OpenAsync(desk.Sandbox.BaseUrl + "/");
        await Assert.That(await desk.Page.ContentAsync()).DoesNotContain(secret);

        // The agent logs in with it (real argv) and completes both writes its old token could not.
        var login = await desk.RunAsync("auth", "login", "--api-key", secret);
        await Assert.That(login.Stdout + login.Stderr).DoesNotContain(secret);
        var saved = JsonNode.Parse(await File.ReadAllTextAsync(desk.CredentialsPath))!["apiToken"]!.GetValue<string>();
        await Assert.That(saved).IsEqualTo(secret);
        var created = await desk.RunAsync(milestone);
        await Assert.That(created.Stdout).Contains("$60.00");
        await desk.RunAsync("webhooks", "create", "--url", "http://127.0.0.1:9/hook", "--event", "proposal.received");
        await Assert.That((await desk.JsonAsync("webhooks", "list"))["webhooks"]!.AsArray().Count).IsEqualTo(1);
        var minted = desk.Sandbox.State.Tokens.All.Single(t => t.Raw == secret);
        await Assert.That(minted.AccountId).IsEqualTo(agent.AccountId);
        await Assert.That(minted.Name).IsEqualTo("Money agent");
    }

    [Test]
    public async Task A_form_on_another_site_cannot_create_a_key()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        var account = desk.Sandbox.Control.CreateAccount();
        var pageUrl = desk.Sandbox.BaseUrl + "/settings/api-keys";
        using var foreign = ForeignSite.Serve($"""
            <!doctype html><html><body><form method="post" action="{pageUrl}"><input type="hidden" name="account" value="{account.AccountId}">
            <input type="hidden" name="name" value="stolen"><input type="hidden" name="scope" value="payments:write"><input type="hidden" name="expires" value="never">
            <button type="submit">Win</button></form></body></html>
            """);
        var before = desk.Sandbox.State.Tokens.All.Count;

        await desk.Page.GotoAsync(foreign.Url);
        var response = await desk.Page.RunAndWaitForResponseAsync(() => desk.Page.GetByRole(AriaRole.Button, new() { Name = "Win" }).ClickAsync(),
            r => r.Url == pageUrl && r.Request.Method == "POST");

        await Assert.That(response.Status).IsEqualTo(403);
        await Assert.That(await response.TextAsync()).DoesNotContain("ot_pat_");
        await Assert.That(desk.Sandbox.State.Tokens.All.Count).IsEqualTo(before);
        var headers = await response.AllHeadersAsync();
        await Assert.That(headers["x-frame-options"]).IsEqualTo("DENY");
        await Assert.That(headers["content-security-policy"]).Contains("frame-ancestors 'none'");
    }

    [Test]
    public async Task Without_a_claimed_account_the_page_says_how_a_human_gets_one()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        foreach (var account in desk.Sandbox.State.Accounts.All.ToList()) account.Claimed = false;

        await Assert.That(await desk.OpenAsync(desk.Sandbox.BaseUrl + "/settings/api-keys")).IsEqualTo(200);
        await Assert.That(await desk.TextAsync()).Contains("No claimed account yet");
        await Assert.That(await desk.Page.Locator("form").CountAsync()).IsEqualTo(0);
    }
}
