namespace OpenTrain.Browser.Tests;

/// <summary>The approvalUrl the CLI prints opens a page where the human confirms or declines; the CLI then sees the result.</summary>
[ClassDataSource<SharedBrowser>(Shared = SharedType.PerTestSession)]
public class ApprovalPageTests(SharedBrowser browser)
{
    [Test]
    public async Task Confirming_a_hire_in_the_browser_makes_approvals_get_report_confirmed()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        desk.UseClaimedAccount();
        var url = await desk.HireApprovalLinkAsync(300, "--due-date", "2026-12-31");
        var approvalId = HumanDesk.IdOf(url);

        await Assert.That(await desk.OpenAsync(url)).IsEqualTo(200);
        var page = await desk.TextAsync();
        await Assert.That(page).Contains("Hire a freelancer");
        await Assert.That(page).Contains("$300.00");
        await Assert.That(page).Contains("First milestone: First batch, due 2026-12-31");
        await Assert.That(page).Contains("Spanish Sentiment Labeling");
        await Assert.That(page).Contains(approvalId);
        await Assert.That(page).Contains("2026-06-04 09:00 UTC (in 72 h 0 min)"); // 72 h on the sandbox clock
        await Screenshots.SaveAsync(desk.Page, "approval");

        await desk.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Confirmed");
        await Screenshots.SaveAsync(desk.Page, "approval-confirmed");

        var approval = (await desk.JsonAsync("approvals", "get", approvalId))["approval"]!;
        await Assert.That(approval["status"]!.GetValue<string>()).IsEqualTo("confirmed");
        await Assert.That(approval["result"]?["contractId"]?.GetValue<string>()).StartsWith("ctr_");

        // The same link opened again: already resolved, no buttons left.
        await Assert.That(await desk.OpenAsync(url)).IsEqualTo(200);
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Already confirmed");
        await Assert.That(await desk.Page.GetByRole(Microsoft.Playwright.AriaRole.Button).CountAsync()).IsEqualTo(0);
    }

    [Test]
    public async Task Declining_in_the_browser_makes_approvals_get_report_declined_and_moves_no_money()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        desk.UseClaimedAccount();
        var url = await desk.HireApprovalLinkAsync(120);

        await desk.OpenAsync(url);
        await desk.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Decline" }).ClickAsync();
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Declined");
        await Assert.That(await desk.TextAsync()).Contains("Nothing was charged");

        var approval = (await desk.JsonAsync("approvals", "get", HumanDesk.IdOf(url)))["approval"]!;
        await Assert.That(approval["status"]!.GetValue<string>()).IsEqualTo("declined");
        await Assert.That(approval["result"]).IsNull();
        var contracts = await desk.JsonAsync("contracts", "list");
        await Assert.That(contracts["contracts"]!.AsArray().Count).IsEqualTo(0);
    }

    [Test]
    public async Task A_funding_request_shows_the_milestone_and_the_freelancer_and_pays_from_credits_when_chosen()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        desk.UseClaimedAccount(creditsCents: 100_000);
        var hireApproval = HumanDesk.IdOf(await desk.HireApprovalLinkAsync(300));
        var contractId = desk.Sandbox.Control.ConfirmApproval(hireApproval)["result"]!["contractId"]!.GetValue<string>();
        var milestoneId = (await desk.JsonAsync("milestones", "create", contractId, "--name", "Second batch", "--description", "Next 5,000 tweets", "--volume", "5000"))["milestone"]!["id"]!.GetValue<string>();
        var fund = await desk.RunAsync("milestones", "fund", milestoneId);

        await desk.OpenAsync(desk.LinkIn(fund.Stdout, "/approvals/"));
        var page = await desk.TextAsync();
        await Assert.That(page).Contains("Fund a milestone (escrow)");
        await Assert.That(page).Contains("$300.00"); // 5,000 labels × $0.06
        await Assert.That(page).Contains("Second batch");
        await Assert.That(page).Contains(contractId);
        await Assert.That(page).Contains("Credits ($1,000.00 available)");
        await Screenshots.SaveAsync(desk.Page, "approval-fund");
        await desk.Page.GetByLabel("Credits ($1,000.00 available)").CheckAsync();
        await desk.Page.GetByRole(Microsoft.Playwright.AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Confirmed");

        var credits = await desk.JsonAsync("credits", "show");
        await Assert.That(credits["credits"]!["availableCents"]!.GetValue<long>()).IsEqualTo(70_000);
    }
}
