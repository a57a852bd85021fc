using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace OpenTrain.Browser.Tests;

/// <summary>The verification link of <c>auth claim</c> opens a page where the human enters the code; the CLI then gets its post-claim token.</summary>
[ClassDataSource<SharedBrowser>(Shared = SharedType.PerTestSession)]
public class ClaimPageTests(SharedBrowser browser)
{
    [Test]
    public async Task Entering_the_code_in_the_claim_page_lets_claim_status_wait_save_the_post_claim_token()
    {
        await using var desk = await HumanDesk.StartAsync(browser);
        await desk.RunAsync("auth", "register", "--agent-name", "Labeling agent", "--org-name", "Acme Labs");
        var preClaimToken = SavedToken(desk);
        var claim = await desk.RunAsync("auth", "claim", "--email", "dana.owner@example.com");
        var url = desk.LinkIn(claim.Stdout, "/claim?token=ot_cat_");
        var code = Regex.Match(claim.Stdout, @"Code:\s+(\d{6})").Groups[1].Value;
        await Assert.That(code.Length).IsEqualTo(6);

        await Assert.That(await desk.OpenAsync(url)).IsEqualTo(200);
        var page = await desk.TextAsync();
        await Assert.That(page).Contains("Acme Labs");
        await Assert.That(page).Contains("Labeling agent");
        await Assert.That(page).Contains("dana.owner@example.com");
        await desk.Page.GetByLabel("First name (optional)").FillAsync("Dana");
        await Screenshots.SaveAsync(desk.Page, "claim");

        // A wrong code is refused on the page and completes nothing.
        await desk.Page.GetByLabel("Code shown by the agent").FillAsync(code[0] == '9' ? "0" + code[1..] : (char)(code[0] + 1) + code[1..]);
        await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Claim account" }).ClickAsync();
        await Assert.That(await desk.Page.GetByRole(AriaRole.Alert).InnerTextAsync()).Contains("That code does not match");
        await desk.RunAsync(0, "auth", "claim-status");
        await Assert.That(SavedToken(desk)).IsEqualTo(preClaimToken);

        await desk.Page.GetByLabel("Code shown by the agent").FillAsync(code);
        await desk.Page.GetByRole(AriaRole.Button, new() { Name = "Claim account" }).ClickAsync();
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Account claimed");
        await Screenshots.SaveAsync(desk.Page, "claim-done");

        await desk.RunAsync("auth", "claim-status", "--wait", "--interval", "0.2", "--timeout", "30");
        await Assert.That(SavedToken(desk)).IsNotEqualTo(preClaimToken);
        var me = await desk.RunAsync("whoami");
        await Assert.That(me.Stdout).Contains("dana.owner@example.com");
        await Assert.That(me.Stdout).Contains("Dana");

        // The link again: already claimed.
        await desk.OpenAsync(url);
        await Assert.That(await desk.HeadingAsync()).IsEqualTo("Already claimed");
    }

    private static string SavedToken(HumanDesk desk) =>
        JsonNode.Parse(File.ReadAllText(desk.CredentialsPath))!["apiToken"]!.GetValue<string>();
}
