using Microsoft.Playwright;

namespace OpenTrain.Browser.Tests;

/// <summary>The home page shows the supervising human what waits for them and what happened.</summary>
[ClassDataSource<SharedBrowser>(Shared = SharedType.PerTestSession)]
public class HomePageTests(SharedBrowser browser)
{
    [Test]
    public async Task The_home_page_lists_pending_approvals_and_top_ups_and_links_to_their_pages()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        desk.UseClaimedAccount();
        await desk.RunAsync("webhooks", "create", "--url", "http://127.0.0.1:9/hook", "--event", "proposal.received");
        var approvalUrl = await desk.HireApprovalLinkAsync(300);
        await desk.TopUpLinkAsync(25);
        await WaitForEveryDeliveryAttemptAsync(desk);

        await Assert.That(await desk.OpenAsync(desk.Sandbox.BaseUrl + "/")).IsEqualTo(200);
        var approvals = desk.Page.GetByRole(AriaRole.Table, new() { Name = "Pending approvals" });
        await Assert.That(await approvals.InnerTextAsync()).Contains("$300.00");
        await Assert.That(await desk.Page.GetByRole(AriaRole.Table, new() { Name = "Pending top-ups" }).InnerTextAsync()).Contains("Pay $25.00");
        var events = await desk.Page.GetByRole(AriaRole.Table, new() { Name = "Newest 20, newest first" }).First.InnerTextAsync();
        await Assert.That(events).Contains("proposal.received");
        await Assert.That(await desk.TextAsync()).Contains("Sandbox Org");
        var deliveries = await desk.Page.GetByRole(AriaRole.Table, new() { Name = "Newest 20, newest first" }).Last.InnerTextAsync();
        await Assert.That(deliveries).Contains("retrying");
        await Assert.That(deliveries).Contains("proposal.received");
        await desk.Page.SetViewportSizeAsync(1024, 700);
        await Screenshots.SaveAsync(desk.Page, "home");

        await approvals.GetByRole(AriaRole.Link).First.ClickAsync();
        await Assert.That(desk.Page.Url).IsEqualTo(approvalUrl);
        await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();

        await desk.OpenAsync(desk.Sandbox.BaseUrl + "/");
        await Assert.That(await desk.TextAsync()).Contains("No pending approvals.");
        await Assert.That(await desk.Page.GetByRole(AriaRole.Table, new() { Name = "Newest 20, newest first" }).First.InnerTextAsync()).Contains("approval.confirmed");
    }

    private static async Task WaitForEveryDeliveryAttemptAsync(HumanDesk desk)
    {
        // One delivery per proposal.received (3 seeded proposals), each tried once against a closed port.
        bool Attempted(System.Text.Json.Nodes.JsonArray d) => d.Count >= 3 && d.All(x => x!["attempts"]!.GetValue<int>() > 0);
        for (var i = 0; i < 100 && !Attempted(desk.Sandbox.Control.WebhookDeliveries()); i++) await Task.Delay(100);
    }

    [Test]
    public async Task Every_other_link_the_cli_prints_opens_a_page()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        desk.UseClaimedAccount();
        var draft = await desk.DraftAsync();
        var draftUrl = desk.LinkIn(draft.Stdout, "/job-post?jobId=");
        await Assert.That(await desk.OpenAsync(draftUrl)).IsEqualTo(200);
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Spanish Sentiment Labeling");
        await Assert.That(await desk.TextAsync()).Contains("DRAFT");

        var publish = await desk.RunAsync("jobs", "publish", draftUrl.Split('=')[^1]);
        await Assert.That(await desk.OpenAsync(desk.LinkIn(publish.Stdout, "/jobs/"))).IsEqualTo(200);
        await Assert.That(await desk.TextAsync()).Contains("OPEN");

        var search = await desk.RunAsync("jobs", "search");
        await Assert.That(await desk.OpenAsync(desk.LinkIn(search.Stdout, "/jobs/"))).IsEqualTo(200);

        await Assert.That(await desk.OpenAsync(desk.Sandbox.BaseUrl + "/settings/billing")).IsEqualTo(200);
        await Assert.That(await desk.TextAsync()).Contains("Card on file");
        await Assert.That(await desk.OpenAsync(desk.Sandbox.BaseUrl + "/claim")).IsEqualTo(200);
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Claim an agent account");
    }
}
