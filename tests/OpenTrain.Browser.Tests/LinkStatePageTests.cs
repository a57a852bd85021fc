using Microsoft.Playwright;

namespace OpenTrain.Browser.Tests;

/// <summary>Unknown, expired and already-used links open a page that says so, with no action left to take.</summary>
[ClassDataSource<SharedBrowser>(Shared = SharedType.PerTestSession)]
public class LinkStatePageTests(SharedBrowser browser)
{
    [Test]
    public async Task Unknown_links_answer_404_with_a_page_that_names_the_link()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        var origin = desk.Sandbox.BaseUrl;

        await Assert.That(await desk.OpenAsync(origin + "/approvals/appr_doesnotexist")).IsEqualTo(404);
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Unknown approval link");
        await Assert.That(await desk.TextAsync()).Contains("appr_doesnotexist");
        await Screenshots.SaveAsync(desk.Page, "unknown-link");
        await Assert.That(await desk.OpenAsync(origin + "/checkout/topup_doesnotexist")).IsEqualTo(404);
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Unknown checkout link");
        await Assert.That(await desk.OpenAsync(origin + "/claim?token=ot_cat_00000000000000000000000000000000")).IsEqualTo(404);
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Unknown claim link");
        await Assert.That(await desk.Page.GetByRole(AriaRole.Button).CountAsync()).IsEqualTo(0);
    }

    [Test]
    public async Task Links_past_their_expiry_on_the_sandbox_clock_show_an_expired_page()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        desk.UseClaimedAccount();
        var approvalUrl = await desk.HireApprovalLinkAsync(50);
        var checkoutUrl = await desk.TopUpLinkAsync(10);
        await desk.OpenAsync(approvalUrl);
        await Assert.That(await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).CountAsync()).IsEqualTo(1);

        desk.Sandbox.Control.AdvanceTime(TimeSpan.FromHours(73));

        // A form still open from before the expiry cannot confirm any more.
        await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("This request could not be completed");
        await Assert.That(await desk.OpenAsync(approvalUrl)).IsEqualTo(410);
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("This approval link has expired");
        await Screenshots.SaveAsync(desk.Page, "approval-expired");
        var approval = (await desk.JsonAsync("approvals", "get", HumanDesk.IdOf(approvalUrl)))["approval"]!;
        await Assert.That(approval["status"]!.GetValue<string>()).IsEqualTo("expired");

        await Assert.That(await desk.OpenAsync(checkoutUrl)).IsEqualTo(410);
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("This checkout link has expired");
        await Assert.That(await desk.Page.GetByRole(AriaRole.Button).CountAsync()).IsEqualTo(0);
    }
}
