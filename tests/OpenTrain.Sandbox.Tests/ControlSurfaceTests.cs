using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class ControlSurfaceTests
{
    [Test]
    public async Task Faults_answer_a_status_sequence_then_pass_through()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var id = await s.Api.Post("/_sandbox/faults", new JsonObject { ["method"] = "GET", ["path"] = "/api/public/v1/auth/me", ["statuses"] = new JsonArray(503, 502) });
        await Assert.That(id.Str("id")).StartsWith("fault_");
        var first = await s.Api.Get("/api/public/v1/auth/me", account.Token);
        await Expect.Envelope(first, 503, "SERVICE_UNAVAILABLE");
        await Assert.That((await s.Api.Get("/api/public/v1/auth/me", account.Token)).Status).IsEqualTo(502);
        await Assert.That((await s.Api.Get("/api/public/v1/auth/me", account.Token)).Status).IsEqualTo(200);
        await Assert.That((await s.Api.Get("/_sandbox/faults"))["faults"].AsArray().Count).IsEqualTo(0);
    }

    [Test]
    public async Task Agent_auth_faults_use_the_oauth_shape()
    {
        await using var s = await Scenario.StartAsync();
        s.Control.AddFault(new Control.FaultSpec { Path = "/api/agent/*", Statuses = [429] });
        await Expect.OAuth(await s.Api.Post("/api/agent/identity", new JsonObject()), 429, "rate_limit_exceeded");
    }

    [Test]
    public async Task Drop_closes_the_connection_and_delay_slows_the_answer()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        s.Control.AddFault(new Control.FaultSpec { Path = "/api/public/v1/tokens", Drop = true });
        await Assert.That(async () => await s.Api.Get("/api/public/v1/tokens", account.Token)).Throws<HttpRequestException>();
        s.Control.AddFault(new Control.FaultSpec { Path = "/api/public/v1/tokens", DelayMs = 300 });
        var watch = System.Diagnostics.Stopwatch.StartNew();
        await Assert.That((await s.Api.Get("/api/public/v1/tokens", account.Token)).Status).IsEqualTo(200);
        await Assert.That(watch.ElapsedMilliseconds).IsGreaterThanOrEqualTo(280);
    }

    [Test]
    public async Task Request_log_records_method_path_query_headers_and_body()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        await s.Api.Get("/api/public/v1/jobs?q=spanish&limit=5");
        await s.Api.Post("/api/public/v1/job-drafts", new JsonObject { ["rawJobDescription"] = "hello world" }, account.Token);
        var log = await s.Api.Get("/_sandbox/requests");
        var entries = log["requests"].AsArray();
        await Assert.That(entries.Count).IsEqualTo(2);
        var search = entries[0]!;
        await Assert.That(search["method"]!.GetValue<string>()).IsEqualTo("GET");
        await Assert.That(search["path"]!.GetValue<string>()).IsEqualTo("/api/public/v1/jobs");
        await Assert.That(search["query"]!.GetValue<string>()).IsEqualTo("?q=spanish&limit=5");
        await Assert.That(search["hasAuthorization"]!.GetValue<bool>()).IsFalse();
        await Assert.That(search["status"]!.GetValue<int>()).IsEqualTo(200);
        var draft = entries[1]!;
        await Assert.That(draft["hasAuthorization"]!.GetValue<bool>()).IsTrue();
        await Assert.That(draft["authorization"]!.GetValue<string>()).IsEqualTo("Bearer " + account.Token);
        await Assert.That(draft["tokenId"]!.GetValue<string>()).IsEqualTo(account.TokenId);
        await Assert.That(draft["headers"]!["content-type"]!.GetValue<string>()).StartsWith("application/json");
        await Assert.That(draft["body"]!.GetValue<string>()).IsEqualTo("{\"rawJobDescription\":\"hello world\"}");
        var filtered = await s.Api.Get("/_sandbox/requests?pathPrefix=/api/public/v1/job-drafts&method=post");
        await Assert.That(filtered["requests"].AsArray().Count).IsEqualTo(1);
        await s.Api.Delete("/_sandbox/requests");
        await Assert.That(s.Control.Requests().Count).IsEqualTo(0);
    }

    [Test]
    public async Task Http_control_creates_accounts_mints_tokens_and_completes_claims()
    {
        await using var s = await Scenario.StartAsync();
        var created = await s.Api.Post("/_sandbox/accounts", new JsonObject { ["email"] = "ops@example.com", ["scopes"] = new JsonArray("jobs:read") });
        await Assert.That(created.Str("token")).StartsWith("ot_pat_");
        var minted = await s.Api.Post("/_sandbox/tokens", new JsonObject { ["email"] = "ops@example.com", ["scopes"] = new JsonArray("payments:write", "webhooks:manage") });
        await Assert.That(minted.Status).IsEqualTo(200);
        await Expect.Strings(minted["scopes"], "payments:write", "webhooks:manage");
        await Assert.That((await s.Api.Get("/api/public/v1/webhooks", minted.Str("token"))).Status).IsEqualTo(200);
        var bad = await s.Api.Post("/_sandbox/tokens", new JsonObject { ["scopes"] = new JsonArray("root") });
        await Assert.That(bad.Status).IsEqualTo(400);
        await Assert.That(bad.Str("error")).Contains("root");

        var reg = await s.Api.Post("/api/agent/identity", new JsonObject());
        var noAttempt = await s.Api.Post("/_sandbox/claims/complete", new JsonObject { ["claimToken"] = reg.Str("claim_token") });
        await Assert.That(noAttempt.Status).IsEqualTo(409);
        var start = await s.Api.Post("/api/agent/identity/claim", new JsonObject { ["claim_token"] = reg.Str("claim_token"), ["email"] = "h@example.com" });
        var done = await s.Api.Post("/_sandbox/claims/complete", new JsonObject { ["userCode"] = start.Str("user_code") });
        await Assert.That(done.Status).IsEqualTo(200);
        await Assert.That(done.Str("email")).IsEqualTo("h@example.com");
        var accounts = await s.Api.Get("/_sandbox/accounts");
        await Assert.That(accounts["accounts"].AsArray().Count(a => a!["claimed"]!.GetValue<bool>())).IsEqualTo(3);
    }

    [Test]
    public async Task Http_control_confirms_approvals_and_pays_top_ups()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.PublishedJobAsync(account.Token);
        var proposalId = await s.FirstProposalAsync(account.Token, jobId);
        await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), account.Token);
        var pending = await s.Api.Get("/_sandbox/approvals?status=pending");
        var id = pending["approvals"][0]!["id"]!.GetValue<string>();
        var confirmed = await s.Api.Post($"/_sandbox/approvals/{id}/confirm", new JsonObject { ["paymentSource"] = "card" });
        await Assert.That(confirmed["approval"]["status"]!.GetValue<string>()).IsEqualTo("confirmed");
        await Assert.That((await s.Api.Post($"/_sandbox/approvals/{id}/decline")).Status).IsEqualTo(409);
        await Assert.That((await s.Api.Post("/_sandbox/approvals/appr_nope/confirm")).Status).IsEqualTo(404);

        var topUp = (await s.Api.Post("/api/public/v1/credits/top-ups", new JsonObject { ["amountUsd"] = 25 }, account.Token)).Str("topUpId");
        var paid = await s.Api.Post($"/_sandbox/top-ups/{topUp}/pay");
        await Assert.That(paid["topUp"]["status"]!.GetValue<string>()).IsEqualTo("COMPLETED");
    }

    [Test]
    public async Task Auto_human_completes_claims_and_confirms_approvals()
    {
        await using var s = await Scenario.StartAsync(new SandboxOptions { AutoHumanDelay = TimeSpan.FromMilliseconds(100), ClaimPollIntervalSeconds = 0 });
        var reg = await s.Api.Post("/api/agent/identity", new JsonObject());
        await s.Api.Post("/api/agent/identity/claim", new JsonObject { ["claim_token"] = reg.Str("claim_token"), ["email"] = "auto@example.com" });
        Reply token;
        var polls = 0;
        do
        {
            await Task.Delay(50);
            token = await s.Api.PostForm("/api/agent/oauth/token", "grant_type=urn%3Aopentrain%3Aagent-auth%3Agrant-type%3Aclaim&claim_token=" + reg.Str("claim_token"));
        }
        while (token.Status != 200 && ++polls < 100);
        await Assert.That(token.Status).IsEqualTo(200);

        var access = token.Str("access_token");
        var jobId = await s.PublishedJobAsync(access);
        var proposalId = await s.FirstProposalAsync(access, jobId);
        var hire = await s.Api.Post($"/api/public/v1/proposals/{proposalId}/hire", Scenario.HireBody(), access);
        var id = hire["approval"]["id"]!.GetValue<string>();
        string status;
        polls = 0;
        do
        {
            await Task.Delay(50);
            status = (await s.Api.Get($"/api/public/v1/approvals/{id}", access))["approval"]["status"]!.GetValue<string>();
        }
        while (status == "pending" && ++polls < 100);
        await Assert.That(status).IsEqualTo("confirmed");
    }

    [Test]
    public async Task Time_advance_features_settings_and_reset()
    {
        await using var s = await Scenario.StartAsync();
        var before = DateTimeOffset.Parse((await s.Api.Get("/_sandbox/time")).Str("now"), System.Globalization.CultureInfo.InvariantCulture);
        var after = DateTimeOffset.Parse((await s.Api.Post("/_sandbox/time/advance", new JsonObject { ["seconds"] = 3600 })).Str("now"), System.Globalization.CultureInfo.InvariantCulture);
        await Assert.That((after - before).TotalMinutes).IsGreaterThanOrEqualTo(60);

        var account = s.Account();
        await s.Api.Post("/_sandbox/features", new JsonObject { ["accountId"] = account.AccountId, ["flags"] = new JsonObject { ["public_api_team"] = false } });
        await Expect.Envelope(await s.Api.Get("/api/public/v1/team", account.Token), 403, "FORBIDDEN");
        await Assert.That((await s.Api.Post("/_sandbox/features", new JsonObject { ["flags"] = new JsonObject { ["public_api_nope"] = false } })).Status).IsEqualTo(400);

        var settings = await s.Api.Post("/_sandbox/settings", new JsonObject { ["anonymousRegistrationEnabled"] = false });
        await Assert.That(settings["anonymousRegistrationEnabled"].GetValue<bool>()).IsFalse();
        await Expect.OAuth(await s.Api.Post("/api/agent/identity", new JsonObject()), 403, "anonymous_not_enabled");

        await Assert.That((await s.Api.Post("/_sandbox/reset")).Status).IsEqualTo(200);
        await Expect.Envelope(await s.Api.Get("/api/public/v1/auth/me", account.Token), 401, "UNAUTHORIZED");
        await Assert.That((await s.Api.Post("/api/agent/identity", new JsonObject())).Status).IsEqualTo(200);
        await Assert.That((await s.Api.Get("/api/public/v1/jobs"))["jobs"].AsArray().Count).IsEqualTo(3);
    }

    [Test]
    public async Task Unknown_endpoints_get_the_right_error_shape()
    {
        await using var s = await Scenario.StartAsync();
        await Expect.Envelope(await s.Api.Get("/api/public/v1/nothing-here"), 404, "NOT_FOUND");
        await Expect.OAuth(await s.Api.Post("/api/agent/nothing"), 404, "invalid_request");
        var account = s.Account();
        await Expect.Envelope(await s.Api.PostRaw("/api/public/v1/job-drafts", "{not json", "application/json", account.Token), 400, "BAD_REQUEST");
    }

    [Test]
    public async Task Each_host_has_its_own_state_on_its_own_port()
    {
        await using var a = await Scenario.StartAsync();
        await using var b = await Scenario.StartAsync();
        await Assert.That(a.Host.BaseUrl).Matches("^http://127\\.0\\.0\\.1:[0-9]+$");
        await Assert.That(a.Host.BaseUrl).IsNotEqualTo(b.Host.BaseUrl);
        var token = a.Account().Token;
        await Expect.Envelope(await b.Api.Get("/api/public/v1/auth/me", token), 401, "UNAUTHORIZED");
        using var http = new HttpClient();
        var health = await http.GetFromJsonAsync<JsonObject>(a.Host.BaseUrl + "/_sandbox/health");
        await Assert.That(health!["ok"]!.GetValue<bool>()).IsTrue();
    }
}
