using Microsoft.Playwright;

namespace OpenTrain.Browser.Tests;

/// <summary>The checkoutUrl of <c>credits top-up</c> opens a checkout where the human pays or cancels.</summary>
[ClassDataSource<SharedBrowser>(Shared = SharedType.PerTestSession)]
public class CheckoutPageTests(SharedBrowser browser)
{
    [Test]
    public async Task Paying_in_the_checkout_completes_the_top_up_and_adds_the_credits()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        desk.UseClaimedAccount();
        var url = await desk.TopUpLinkAsync(25);
        var topUpId = HumanDesk.IdOf(url);

        await Assert.That(await desk.OpenAsync(url)).IsEqualTo(200);
        await Assert.That(await desk.TextAsync()).Contains("$25.00");
        await Screenshots.SaveAsync(desk.Page, "checkout");
        await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Pay" }).ClickAsync();
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Payment received");
        await Screenshots.SaveAsync(desk.Page, "checkout-paid");

        var status = await desk.JsonAsync("credits", "top-up-status", topUpId);
        await Assert.That(status["topUp"]!["status"]!.GetValue<string>()).IsEqualTo("COMPLETED");
        await Assert.That((await desk.RunAsync("credits", "top-up-status", topUpId)).Stdout).Contains("COMPLETED");
        var credits = await desk.JsonAsync("credits", "show");
        await Assert.That(credits["credits"]!["availableCents"]!.GetValue<long>()).IsEqualTo(2500);
    }

    [Test]
    public async Task Cancelling_the_checkout_charges_nothing_and_leaves_the_top_up_pending()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        desk.UseClaimedAccount();
        var url = await desk.TopUpLinkAsync(40);

        await desk.OpenAsync(url);
        await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Cancel" }).ClickAsync();
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Payment cancelled");
        await Assert.That(await desk.TextAsync()).Contains("Nothing was charged");

        var status = await desk.JsonAsync("credits", "top-up-status", HumanDesk.IdOf(url));
        await Assert.That(status["topUp"]!["status"]!.GetValue<string>()).IsEqualTo("PENDING");
        var credits = await desk.JsonAsync("credits", "show");
        await Assert.That(credits["credits"]!["availableCents"]!.GetValue<long>()).IsEqualTo(0);
    }
}
