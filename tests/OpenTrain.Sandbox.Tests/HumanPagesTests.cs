using System.Net;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Control;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

/// <summary>The HTML pages behind handed-out links, over plain HTTP (the browser flows are in OpenTrain.Browser.Tests).</summary>
public class HumanPagesTests
{
    [Test]
    public async Task Values_from_the_api_are_html_escaped_on_the_claim_page()
    {
        await using var s = await Scenario.StartAsync();
        var registration = await s.Api.Post("/api/agent/identity", new JsonObject { ["agent_name"] = "<script>alert(1)</script>", ["organization_name"] = "Evil & \"Co\"" });
        var start = await s.Api.Post("/api/agent/identity/claim", new JsonObject { ["claim_token"] = registration.Str("claim_token"), ["email"] = "owner@example.com" });
        using var http = new HttpClient();

        var page = await http.GetStringAsync(start.Str("verification_uri"));

        await Assert.That(page).Contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        await Assert.That(page).Contains("Evil &amp; &quot;Co&quot;");
        await Assert.That(page).DoesNotContain("<script>");
    }

    [Test]
    public async Task Pages_are_neither_logged_nor_faulted_and_a_post_redirects_to_its_result_page()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var topUp = await s.Api.Post("/api/public/v1/credits/top-ups", new JsonObject { ["amountUsd"] = 20 }, account.Token);
        s.Control.AddFault(new FaultSpec { Path = "/*", Statuses = [503] });
        s.Control.ClearRequests();
        using var http = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false });
        var checkout = topUp.Str("checkoutUrl");

        var home = await http.GetAsync(s.Host.BaseUrl + "/");
        var pay = await http.PostAsync(checkout, new FormUrlEncodedContent([KeyValuePair.Create("action", "pay")]));

        await Assert.That(home.StatusCode).IsEqualTo(HttpStatusCode.OK);
        await Assert.That(home.Content.Headers.ContentType!.MediaType).IsEqualTo("text/html");
        await Assert.That(pay.StatusCode).IsEqualTo(HttpStatusCode.SeeOther);
        await Assert.That(pay.Headers.Location!.ToString()).IsEqualTo(new Uri(checkout).AbsolutePath + "?done=paid");
        await Assert.That(s.Control.Requests().Count).IsEqualTo(0);
        await Assert.That(s.Control.Faults().Count).IsEqualTo(1);
        var unknownButton = await http.PostAsync(checkout, new FormUrlEncodedContent([KeyValuePair.Create("action", "refund")]));
        await Assert.That(unknownButton.StatusCode).IsEqualTo(HttpStatusCode.BadRequest);
    }
}
