using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using OpenTrain.Sandbox;

namespace OpenTrain.Browser.Tests;

/// <summary>
/// Hostile text and hostile sites against the human pages in a real browser (issue #24). Job titles, descriptions,
/// milestone names, organization and agent names and a claim email set through the sandbox API carry
/// <c>&lt;script&gt;</c>, <c>"&gt;&lt;img onerror&gt;</c>, <c>javascript:</c>, <c>&lt;svg onload&gt;</c> and
/// <c>&lt;/title&gt;&lt;iframe&gt;</c>; every page that shows them (and the pages that echo an id from the URL) is
/// loaded with JavaScript on and the Content-Security-Policy bypassed, so only the escaping stands between the text
/// and the browser: no script runs, no element is injected, nothing is fetched, and the text reads literally. A form
/// on another site that posts to an approval is refused.
/// </summary>
[ClassDataSource<SharedBrowser>(Shared = SharedType.PerTestSession)]
public class HostileContentTests(SharedBrowser browser)
{
    private const string Script = "<script>window.__xss='script';fetch('/xss-probe/script')</script>";
    private const string Img = "\"><img src=/xss-probe/img onerror=\"window.__xss='img'\">";
    private const string JavaScriptUrl = "javascript:fetch('/xss-probe/js')//";
    private const string Svg = "'><svg/onload=window.__xss='svg'>";
    private const string Frame = "</title></textarea><iframe src=/xss-probe/frame></iframe>";
    private const string Email = "\"><img/src=/xss-probe/email/onerror=window.__xss='email'>@evil.io";

    private sealed record World(SandboxHost Sandbox, string ApprovalId, string TopUpId, string JobId, string ClaimToken) : IAsyncDisposable
    {
        public ValueTask DisposeAsync() => Sandbox.DisposeAsync();
    }

    /// <summary>The hostile values, set through the API (and the control surface for the account's organization name).</summary>
    private static async Task<World> HostileWorldAsync()
    {
        var sandbox = await SandboxHost.StartAsync();
        using var api = new HttpClient { BaseAddress = new Uri(sandbox.BaseUrl) };
        async Task<JsonNode> Send(HttpMethod method, string path, JsonObject? body, string? token = null)
        {
            using var request = new HttpRequestMessage(method, path);
            if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
            using var response = await api.SendAsync(request);
            var text = await response.Content.ReadAsStringAsync();
            if (!response.IsSuccessStatusCode) throw new InvalidOperationException($"{method} {path}: {(int)response.StatusCode} {text}");
            return JsonNode.Parse(text)!;
        }

        // An agent registers with a hostile organization and agent name, and starts a claim for a hostile email.
        var registration = await Send(HttpMethod.Post, "/api/agent/identity", new JsonObject { ["agent_name"] = Img, ["organization_name"] = Script + " Org" });
        var claim = await Send(HttpMethod.Post, "/api/agent/identity/claim",
            new JsonObject { ["claim_token"] = registration["claim_token"]!.GetValue<string>(), ["email"] = Email });
        var claimToken = new Uri(claim["verification_uri"]!.GetValue<string>()).Query.Split("token=")[1];

        // A claimed account (organization name from the control surface) drafts, retitles and publishes a hostile job,
        // hires with a hostile milestone name and starts a top-up.
        var token = (await Send(HttpMethod.Post, "/_sandbox/accounts", new JsonObject { ["organizationName"] = Svg }))["token"]!.GetValue<string>();
        var jobId = (await Send(HttpMethod.Post, "/api/public/v1/job-drafts", new JsonObject
        {
            ["rawJobDescription"] = "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets for sentiment. Pay: $0.06 per label. Intermediate level.",
        }, token))["jobId"]!.GetValue<string>();
        await Send(HttpMethod.Patch, $"/api/public/v1/job-drafts/{jobId}", new JsonObject
        {
            ["jobTitle"] = Script, ["jobDescription"] = Img + " " + JavaScriptUrl, ["labelingOverview"] = Frame,
        }, token);
        await Send(HttpMethod.Post, $"/api/public/v1/jobs/{jobId}/publish", null, token);
        var proposalId = (await Send(HttpMethod.Get, $"/api/public/v1/jobs/{jobId}/proposals", null, token))["proposals"]![0]!["id"]!.GetValue<string>();
        var approvalId = (await Send(HttpMethod.Post, $"/api/public/v1/proposals/{proposalId}/hire", new JsonObject
        {
            ["milestone"] = new JsonObject { ["name"] = JavaScriptUrl + " " + Frame, ["amount"] = 300 },
        }, token))["approval"]!["id"]!.GetValue<string>();
        var topUpId = (await Send(HttpMethod.Post, "/api/public/v1/credits/top-ups", new JsonObject { ["amountUsd"] = 25 }, token))["topUpId"]!.GetValue<string>();
        return new World(sandbox, approvalId, topUpId, jobId, claimToken);
    }

    /// <summary>Opens the page and fails if anything in it ran, was injected or was fetched; returns the text of main.</summary>
    private static async Task<string> OpenQuietlyAsync(IPage page, string url, List<string> probes, List<string> dialogs)
    {
        // The load event waits for every subresource the page asked for (a hostile <img> would be one); network-idle
        // adds nothing on pages that run no script and timed out on a loaded CI machine.
        await page.GotoAsync(url, new() { WaitUntil = WaitUntilState.Load, Timeout = 60_000 });
        var ran = await page.EvaluateAsync<string?>("() => window.__xss ?? null");
        var injected = await page.EvaluateAsync<int>("() => document.querySelectorAll('script, img, svg, iframe, object, embed, base, meta[http-equiv]').length");
        var handlers = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('*')].filter(e => [...e.attributes].some(a => a.name.startsWith('on'))).length");
        var scriptLinks = await page.EvaluateAsync<int>("() => [...document.querySelectorAll('a[href], form[action]')].filter(e => /^\\s*javascript:/i.test(e.getAttribute('href') ?? e.getAttribute('action'))).length");
        await Assert.That(ran).IsNull().Because($"{url}: injected script ran ({ran})");
        await Assert.That(injected).IsEqualTo(0).Because($"{url}: an element came from the hostile text");
        await Assert.That(handlers).IsEqualTo(0).Because($"{url}: an on* handler came from the hostile text");
        await Assert.That(scriptLinks).IsEqualTo(0).Because($"{url}: a javascript: link or form target");
        await Assert.That(probes).IsEmpty().Because($"{url}: the hostile text made the browser fetch something");
        await Assert.That(dialogs).IsEmpty();
        return await page.Locator("main").InnerTextAsync();
    }

    [Test]
    public async Task Hostile_text_from_the_api_is_shown_literally_and_never_runs_on_any_page()
    {
        await using var world = await HostileWorldAsync();
        await using var context = await browser.NewContextAsync(javaScript: true, bypassCsp: true);
        var page = await context.NewPageAsync();
        var probes = new List<string>();
        var dialogs = new List<string>();
        page.Request += (_, r) => { if (!r.IsNavigationRequest && r.Url.Contains("xss-probe", StringComparison.Ordinal)) probes.Add(r.Url); };
        page.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
        var b = world.Sandbox.BaseUrl;

        var expectations = new (string Url, string[] Literal)[]
        {
            ($"{b}/", [Script, Img, Script + " Org", Svg, Email]),
            ($"{b}/claim?token={world.ClaimToken}", [Script + " Org", Img, Email]),
            ($"{b}/approvals/{world.ApprovalId}", [Script, JavaScriptUrl + " " + Frame]),
            ($"{b}/checkout/{world.TopUpId}", [Svg]),
            ($"{b}/job-post?jobId={world.JobId}", [Script, Img + " " + JavaScriptUrl, Frame]),
            ($"{b}/jobs/{world.JobId}", [Script, Frame]),
            ($"{b}/settings/billing", [Script + " Org", Svg]),
            ($"{b}/settings/api-keys", [Svg]),
        };
        foreach (var (url, literal) in expectations)
        {
            var text = await OpenQuietlyAsync(page, url, probes, dialogs);
            foreach (var value in literal) await Assert.That(text).Contains(value).Because($"{url} must show the text as typed");
        }
        await OpenQuietlyAsync(page, $"{b}/jobs/{world.JobId}", probes, dialogs);
        await Assert.That(await page.TitleAsync()).IsEqualTo(Script + " · OpenTrain sandbox").Because("the job page's <title> holds the title as text");
    }

    /// <summary>A payload for a path segment: '/' would split it (and %2F stays encoded in route values).</summary>
    private static string InPath(string payload) => payload.Replace("/", "", StringComparison.Ordinal);

    /// <summary>Ids and tokens from the URL that an unknown-link page repeats are escaped as well (reflected XSS).</summary>
    [Test]
    public async Task Hostile_text_in_a_link_is_shown_literally_and_never_runs()
    {
        await using var sandbox = await SandboxHost.StartAsync();
        await using var context = await browser.NewContextAsync(javaScript: true, bypassCsp: true);
        var page = await context.NewPageAsync();
        var probes = new List<string>();
        var dialogs = new List<string>();
        page.Request += (_, r) => { if (!r.IsNavigationRequest && r.Url.Contains("xss-probe", StringComparison.Ordinal)) probes.Add(r.Url); };
        page.Dialog += (_, d) => { dialogs.Add(d.Message); _ = d.DismissAsync(); };
        var b = sandbox.BaseUrl;

        foreach (var (url, shown) in new[]
        {
            ($"{b}/job-post?jobId={Uri.EscapeDataString(Script)}", Script),
            ($"{b}/approvals/{Uri.EscapeDataString(InPath(Img))}", InPath(Img)),
            ($"{b}/checkout/{Uri.EscapeDataString(InPath(Svg))}", InPath(Svg)),
            ($"{b}/jobs/job_{Uri.EscapeDataString(InPath(Frame))}", "job_" + InPath(Frame)),
            ($"{b}/claim?token={Uri.EscapeDataString(Script)}", "This claim link is unknown"),
        })
        {
            var text = await OpenQuietlyAsync(page, url, probes, dialogs);
            await Assert.That(text).Contains(shown).Because(url);
        }
    }

    /// <summary>
    /// The human, signed in to nothing but with the approval link known to a page on another origin (another port of
    /// 127.0.0.1), clicks that page's button, which posts the sandbox's own Confirm form: the sandbox refuses it (403,
    /// "Request refused") and the approval stays pending. The sandbox's own page then confirms it.
    /// </summary>
    [Test]
    public async Task A_form_on_another_site_cannot_confirm_an_approval()
    {
        await using var world = await HostileWorldAsync();
        var approvalUrl = $"{world.Sandbox.BaseUrl}/approvals/{world.ApprovalId}";
        using var foreign = ForeignSite.Serve($"""
            <!doctype html><html><body><h1>You won a prize</h1>
            <form method="post" action="{approvalUrl}"><input type="hidden" name="action" value="confirm">
            <input type="hidden" name="paymentSource" value="card"><button type="submit">Claim your prize</button></form></body></html>
            """);
        await using var context = await browser.NewContextAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync(foreign.Url);
        var response = await page.RunAndWaitForResponseAsync(() => page.GetByRole(AriaRole.Button, new() { Name = "Claim your prize" }).ClickAsync(),
            r => r.Url == approvalUrl && r.Request.Method == "POST");
        await page.WaitForLoadStateAsync(LoadState.DOMContentLoaded);

        await Assert.That(response.Status).IsEqualTo(403);
        await Assert.That(await response.Request.HeaderValueAsync("origin")).IsEqualTo(foreign.Url.TrimEnd('/')).Because("the browser names the foreign page");
        await Assert.That(await page.Locator("h1").InnerTextAsync()).IsEqualTo("Request refused");
        await Assert.That(world.Sandbox.Control.Approvals("pending").Select(a => a!["id"]!.GetValue<string>())).Contains(world.ApprovalId);

        await page.GotoAsync(approvalUrl);
        await page.GetByRole(AriaRole.Button, new() { Name = "Confirm" }).ClickAsync();
        await Assert.That(await page.Locator("h1").InnerTextAsync()).IsEqualTo("Confirmed");
    }
}
