using System.Net.Sockets;
using System.Text;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Pages;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

/// <summary>
/// Cross-site requests to the human pages and the control surface (issue #24), as raw HTTP on the sandbox's socket: every
/// state-changing form and control call is refused with 403 when it comes from another origin (by Origin, by Referer,
/// by Sec-Fetch-Site; <c>Origin: null</c>; another port of 127.0.0.1; a DNS-rebinding Host), and nothing changes; the
/// sandbox's own pages, its public origin and clients that are not browsers (curl, the CLI, scripts) still work.
/// </summary>
public class PageOriginTests
{
    public enum Action { ConfirmApproval, DeclineApproval, PayCheckout, ClaimAccount, ControlConfirm, ControlCompleteClaim, ControlReset }

    public enum Sender
    {
        ForeignOrigin, NullOrigin, OtherLocalPort, LookalikeOrigin, ForeignReferer, CrossSiteFetchNoOrigin, SameSiteFetchNoOrigin,
        Rebinding, SameOrigin, SameOriginReferer, SameOriginFetchNoOrigin, NotABrowser, LocalhostSameOrigin,
    }

    private static bool Refused(Sender sender) => sender < Sender.SameOrigin;

    /// <summary>One sandbox with something pending for the action; <c>Done</c> says whether the action happened.</summary>
    private sealed record Setup(Scenario Scenario, string Path, string ContentType, string Body, Func<bool> Done);

    private static async Task<Setup> SetUpAsync(Action action)
    {
        var s = await Scenario.StartAsync();
        var account = s.Account();
        switch (action)
        {
            case Action.ConfirmApproval or Action.DeclineApproval or Action.ControlConfirm:
            {
                var jobId = await s.PublishedJobAsync(account.Token);
                var proposalId = await s.FirstProposalAsync(account.Token, jobId);
                var id = (await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token))["approval"]["id"]!.GetValue<string>();
                bool Pending() => s.Control.Approvals("pending").Any(a => a!["id"]!.GetValue<string>() == id);
                return action switch
                {
                    Action.ConfirmApproval => new Setup(s, $"/approvals/{id}", "application/x-www-form-urlencoded", "action=confirm&paymentSource=card", () => !Pending()),
                    Action.DeclineApproval => new Setup(s, $"/approvals/{id}", "application/x-www-form-urlencoded", "action=decline", () => !Pending()),
                    _ => new Setup(s, $"/_sandbox/approvals/{id}/confirm", "text/plain", "", () => !Pending()), // a cross-site "simple" request
                };
            }
            case Action.PayCheckout:
            {
                var id = (await s.Api.Post("/api/public/v1/credits/top-ups", new JsonObject { ["amountUsd"] = 20 }, account.Token))["topUpId"].GetValue<string>();
                return new Setup(s, $"/checkout/{id}", "application/x-www-form-urlencoded", "action=pay",
                    () => { lock (s.Host.State.Sync) return s.Host.State.TopUps.Find(id)!.Status != "PENDING"; });
            }
            case Action.ClaimAccount or Action.ControlCompleteClaim:
            {
                var registration = await s.Api.Post("/api/agent/identity", new JsonObject { ["agent_name"] = "origin test" });
                var start = await s.Api.Post("/api/agent/identity/claim", new JsonObject { ["claim_token"] = registration.Str("claim_token"), ["email"] = "human@example.com" });
                var token = new Uri(start.Str("verification_uri")).Query.Split("token=")[1];
                var code = s.Control.Claims().Single(c => c!["email"]?.GetValue<string>() == "human@example.com")!["userCode"]!.GetValue<string>();
                bool Completed() => s.Control.Claims().Any(c => c!["email"]?.GetValue<string>() == "human@example.com" && c["completedAt"] is not null);
                return action == Action.ClaimAccount
                    ? new Setup(s, "/claim", "application/x-www-form-urlencoded", $"token={token}&user_code={code}", Completed)
                    : new Setup(s, "/_sandbox/claims/complete", "text/plain", "{}", Completed);
            }
            default:
                return new Setup(s, "/_sandbox/reset", "text/plain", "", () => s.Control.Accounts().Count == 0 || s.Control.Accounts().All(a => a!["accountId"]!.GetValue<string>() != account.AccountId));
        }
    }

    [Test]
    [MatrixDataSource]
    public async Task A_state_changing_request_is_refused_unless_it_comes_from_the_sandbox_itself(
        [Matrix(Action.ConfirmApproval, Action.DeclineApproval, Action.PayCheckout, Action.ClaimAccount, Action.ControlConfirm, Action.ControlCompleteClaim, Action.ControlReset)] Action action,
        [Matrix(Sender.ForeignOrigin, Sender.NullOrigin, Sender.OtherLocalPort, Sender.LookalikeOrigin, Sender.ForeignReferer, Sender.CrossSiteFetchNoOrigin,
            Sender.SameSiteFetchNoOrigin, Sender.Rebinding, Sender.SameOrigin, Sender.SameOriginReferer, Sender.SameOriginFetchNoOrigin, Sender.NotABrowser,
            Sender.LocalhostSameOrigin)] Sender sender)
    {
        var setup = await SetUpAsync(action);
        await using var s = setup.Scenario;
        var port = new Uri(s.Host.BaseUrl).Port;
        var own = $"http://127.0.0.1:{port}";
        var (host, headers) = sender switch
        {
            Sender.ForeignOrigin => ($"127.0.0.1:{port}", new[] { "Origin: https://evil.example", "Sec-Fetch-Site: cross-site" }),
            Sender.NullOrigin => ($"127.0.0.1:{port}", ["Origin: null"]),
            Sender.OtherLocalPort => ($"127.0.0.1:{port}", [$"Origin: http://127.0.0.1:{port + 1}", "Sec-Fetch-Site: same-site"]),
            Sender.LookalikeOrigin => ($"127.0.0.1:{port}", [$"Origin: http://127.0.0.1.evil.example:{port}"]),
            Sender.ForeignReferer => ($"127.0.0.1:{port}", ["Referer: https://evil.example/page.html"]),
            Sender.CrossSiteFetchNoOrigin => ($"127.0.0.1:{port}", ["Sec-Fetch-Site: cross-site"]),
            Sender.SameSiteFetchNoOrigin => ($"127.0.0.1:{port}", ["Sec-Fetch-Site: same-site"]),
            Sender.Rebinding => ($"rebind.evil.example:{port}", [$"Origin: http://rebind.evil.example:{port}", "Sec-Fetch-Site: same-origin"]),
            Sender.SameOrigin => ($"127.0.0.1:{port}", [$"Origin: {own}", "Sec-Fetch-Site: same-origin"]),
            Sender.SameOriginReferer => ($"127.0.0.1:{port}", [$"Referer: {own}{setup.Path}"]),
            Sender.SameOriginFetchNoOrigin => ($"127.0.0.1:{port}", ["Sec-Fetch-Site: same-origin"]),
            Sender.NotABrowser => ($"127.0.0.1:{port}", Array.Empty<string>()),
            _ => ($"localhost:{port}", [$"Origin: http://localhost:{port}", "Sec-Fetch-Site: same-origin"]),
        };

        var response = await RawAsync(port, "POST", setup.Path, host, headers, setup.ContentType, setup.Body);

        if (Refused(sender))
        {
            await Assert.That(response.Status).IsEqualTo(403).Because(response.Text);
            await Assert.That(response.Text).Contains(sender == Sender.Rebinding ? "answers browsers only at its own address" : "sent from another site");
            await Assert.That(setup.Done()).IsFalse().Because($"a refused {action} must change nothing");
        }
        else
        {
            await Assert.That(response.Status).IsIn([200, 303]).Because(response.Text);
            await Assert.That(setup.Done()).IsTrue().Because(response.Text);
        }
    }

    /// <summary>A page reached through a DNS name that points at the sandbox (rebinding) is not served to a browser;
    /// the same name without browser headers (a container's service name, curl) still is.</summary>
    [Test]
    [Arguments("/")]
    [Arguments("/_sandbox/requests")]
    [Arguments("/_sandbox/claims")]
    public async Task A_browser_request_through_a_foreign_dns_name_is_refused_even_for_a_get(string path)
    {
        await using var s = await Scenario.StartAsync();
        var port = new Uri(s.Host.BaseUrl).Port;

        var rebinding = await RawAsync(port, "GET", path, $"rebind.evil.example:{port}", ["Sec-Fetch-Site: same-origin", "Sec-Fetch-Mode: cors"]);
        var service = await RawAsync(port, "GET", path, $"sandbox:{port}", []);
        var own = await RawAsync(port, "GET", path, $"127.0.0.1:{port}", ["Sec-Fetch-Site: none"]);

        await Assert.That(rebinding.Status).IsEqualTo(403).Because(rebinding.Text);
        await Assert.That(service.Status).IsEqualTo(200).Because(service.Text);
        await Assert.That(own.Status).IsEqualTo(200).Because(own.Text);
    }

    /// <summary>The public origin (links the sandbox hands out, e.g. behind a port mapping) counts as the sandbox.</summary>
    [Test]
    public async Task A_form_from_the_public_origin_is_accepted()
    {
        await using var s = await Scenario.StartAsync(new SandboxOptions { PublicOrigin = "http://sandbox.test:8787" });
        var account = s.Account();
        var id = (await s.Api.Post("/api/public/v1/credits/top-ups", new JsonObject { ["amountUsd"] = 20 }, account.Token))["topUpId"].GetValue<string>();
        var port = new Uri(s.Host.BaseUrl).Port;

        var response = await RawAsync(port, "POST", $"/checkout/{id}", "sandbox.test:8787", ["Origin: http://sandbox.test:8787", "Sec-Fetch-Site: same-origin"],
            "application/x-www-form-urlencoded", "action=pay");

        await Assert.That(response.Status).IsEqualTo(303).Because(response.Text);
    }

    [Test]
    public async Task Pages_carry_a_policy_that_allows_no_script_no_framing_and_no_foreign_form_target()
    {
        await using var s = await Scenario.StartAsync();
        var port = new Uri(s.Host.BaseUrl).Port;

        var page = await RawAsync(port, "GET", "/", $"127.0.0.1:{port}", []);
        var control = await RawAsync(port, "GET", "/_sandbox/health", $"127.0.0.1:{port}", []);

        await Assert.That(page.Header("Content-Security-Policy")).IsEqualTo(Html.ContentSecurityPolicy);
        await Assert.That(Html.ContentSecurityPolicy).Contains("default-src 'none'").And.Contains("form-action 'self'").And.Contains("frame-ancestors 'none'");
        await Assert.That(Html.ContentSecurityPolicy).DoesNotContain("script-src");
        await Assert.That(page.Header("X-Frame-Options")).IsEqualTo("DENY");
        await Assert.That(page.Header("X-Content-Type-Options")).IsEqualTo("nosniff");
        await Assert.That(page.Header("Referrer-Policy")).IsEqualTo("same-origin");
        await Assert.That(control.Header("X-Content-Type-Options")).IsEqualTo("nosniff");
    }

    private sealed record RawResponse(int Status, string Head, string Text)
    {
        public string? Header(string name) => Head.Split("\r\n").Skip(1)
            .FirstOrDefault(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase))?[(name.Length + 1)..].Trim();
    }

    /// <summary>Sends exactly this request on a new connection and reads the whole response.</summary>
    private static async Task<RawResponse> RawAsync(int port, string method, string path, string host, IEnumerable<string> headers,
        string? contentType = null, string body = "")
    {
        using var client = new TcpClient();
        await client.ConnectAsync("127.0.0.1", port);
        var stream = client.GetStream();
        var bytes = Encoding.UTF8.GetBytes(body);
        var request = new StringBuilder($"{method} {path} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n");
        foreach (var header in headers) request.Append(header).Append("\r\n");
        if (method != "GET") request.Append($"Content-Type: {contentType}\r\nContent-Length: {bytes.Length}\r\n");
        await stream.WriteAsync(Encoding.ASCII.GetBytes(request.Append("\r\n").ToString()));
        await stream.WriteAsync(bytes);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var text = await reader.ReadToEndAsync(timeout.Token);
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        return new RawResponse(int.Parse(head.Split(' ')[1]), head, split < 0 ? "" : text[(split + 4)..]);
    }
}
