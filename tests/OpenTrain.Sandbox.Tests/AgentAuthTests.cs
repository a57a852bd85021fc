using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class AgentAuthTests
{
    private const string Grant = "grant_type=urn%3Aopentrain%3Aagent-auth%3Agrant-type%3Aclaim&claim_token=";

    private static async Task<(string Token, string ClaimToken)> RegisterAsync(Scenario s)
    {
        var reply = await s.Api.Post("/api/agent/identity", new JsonObject { ["agent_name"] = "bot", ["organization_name"] = "Bot Org" });
        return (reply.Str("access_token"), reply.Str("claim_token"));
    }

    [Test]
    public async Task Registration_returns_a_pre_claim_token_and_a_claim_token()
    {
        await using var s = await Scenario.StartAsync();
        var reply = await s.Api.Post("/api/agent/identity", new JsonObject());

        await Assert.That(reply.Status).IsEqualTo(200);
        await Assert.That(reply.Str("identity_type")).IsEqualTo("anonymous");
        await Assert.That(reply.Str("access_token")).Matches("^ot_pat_[0-9a-f]{8}_[0-9a-f]{32}$");
        await Assert.That(reply.Str("claim_token")).StartsWith("ot_clm_");
        await Assert.That(reply.Str("token_type")).IsEqualTo("bearer");
        await Assert.That(reply.Str("grant_type")).IsEqualTo("urn:opentrain:agent-auth:grant-type:claim");
        await Assert.That(reply.Str("token_endpoint")).IsEqualTo(s.Host.BaseUrl + "/api/agent/oauth/token");
        await Expect.Strings(reply["scopes"], "jobs:read", "jobs:write", "proposals:read", "messages:read", "payments:read", "team:read");
        var expires = DateTimeOffset.Parse(reply.Str("claim_token_expires_at"), System.Globalization.CultureInfo.InvariantCulture);
        await Assert.That(Math.Abs((expires - DateTimeOffset.UtcNow - TimeSpan.FromHours(24)).TotalMinutes)).IsLessThan(1);
        await Assert.That(reply.Str("claim_token_expires_at")).Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
    }

    [Test]
    public async Task Registration_is_not_idempotent()
    {
        await using var s = await Scenario.StartAsync();
        var a = await RegisterAsync(s);
        var b = await RegisterAsync(s);
        var meA = await s.Api.Get("/api/public/v1/auth/me", a.Token);
        var meB = await s.Api.Get("/api/public/v1/auth/me", b.Token);
        await Assert.That(meA["account"]["organizationId"]!.GetValue<string>()).IsNotEqualTo(meB["account"]["organizationId"]!.GetValue<string>());
    }

    [Test]
    public async Task Unsupported_identity_type_is_rejected()
    {
        await using var s = await Scenario.StartAsync();
        var reply = await s.Api.Post("/api/agent/identity", new JsonObject { ["identity_type"] = "service" });
        await Expect.OAuth(reply, 400, "unsupported_identity_type");
    }

    [Test]
    public async Task Disabled_registration_answers_anonymous_not_enabled()
    {
        await using var s = await Scenario.StartAsync();
        s.Control.UpdateSettings(anonymousRegistrationEnabled: false);
        var reply = await s.Api.Post("/api/agent/identity", new JsonObject());
        await Expect.OAuth(reply, 403, "anonymous_not_enabled");
        await Assert.That(reply.Body!.AsObject().Count).IsEqualTo(1);
    }

    [Test]
    public async Task Claim_start_returns_code_and_verification_uri()
    {
        await using var s = await Scenario.StartAsync();
        var (_, claim) = await RegisterAsync(s);
        var reply = await s.Api.Post("/api/agent/identity/claim", new JsonObject { ["claim_token"] = claim, ["email"] = "owner@example.com" });

        await Assert.That(reply.Status).IsEqualTo(200);
        await Assert.That(reply.Str("user_code")).Matches("^[0-9]{6}$");
        await Assert.That(reply.Str("verification_uri")).Matches("^http://127\\.0\\.0\\.1:[0-9]+/claim\\?token=ot_cat_[0-9a-f]+$");
        await Assert.That(reply["expires_in"].GetValue<int>()).IsEqualTo(1800);
        await Assert.That(reply["interval"].GetValue<int>()).IsEqualTo(5);
        await Assert.That(reply["email_sent"].GetValue<bool>()).IsTrue();
    }

    [Test]
    [Arguments("{\"email\":\"owner@example.com\"}")]
    [Arguments("{\"claim_token\":\"ot_clm_unknown\",\"email\":\"owner@example.com\"}")]
    [Arguments("{\"claim_token\":\"CLAIM\",\"email\":\"not-an-email\"}")]
    [Arguments("{\"claim_token\":\"CLAIM\"}")]
    [Arguments("not json")]
    public async Task Claim_start_rejects_bad_input_with_invalid_request(string body)
    {
        await using var s = await Scenario.StartAsync();
        var (_, claim) = await RegisterAsync(s);
        var reply = await s.Api.PostRaw("/api/agent/identity/claim", body.Replace("CLAIM", claim, StringComparison.Ordinal), "application/json");
        await Expect.OAuth(reply, 400, "invalid_request");
    }

    [Test]
    public async Task Claim_start_with_an_email_that_has_an_account_fails()
    {
        await using var s = await Scenario.StartAsync();
        s.Control.CreateAccount(new Control.NewAccount { Email = "taken@example.com" });
        var (_, claim) = await RegisterAsync(s);
        var reply = await s.Api.Post("/api/agent/identity/claim", new JsonObject { ["claim_token"] = claim, ["email"] = "taken@example.com" });
        await Expect.OAuth(reply, 400, "invalid_request");
        await Assert.That(reply.Str("error_description")).IsEqualTo("email_already_registered");
    }

    [Test]
    public async Task Claim_ceremony_pending_slow_down_then_token_exactly_once()
    {
        await using var s = await Scenario.StartAsync();
        var (preClaim, claim) = await RegisterAsync(s);
        await s.Api.Post("/api/agent/identity/claim", new JsonObject { ["claim_token"] = claim, ["email"] = "owner@example.com" });

        await Expect.OAuth(await s.Api.PostForm("/api/agent/oauth/token", Grant + claim), 400, "authorization_pending");
        await Expect.OAuth(await s.Api.PostForm("/api/agent/oauth/token", Grant + claim), 400, "slow_down");
        s.Control.AdvanceTime(TimeSpan.FromSeconds(5));
        await Expect.OAuth(await s.Api.PostForm("/api/agent/oauth/token", Grant + claim), 400, "authorization_pending");

        var done = s.Control.CompleteClaim(claimToken: claim);
        await Assert.That(done.Email).IsEqualTo("owner@example.com");
        s.Control.AdvanceTime(TimeSpan.FromSeconds(5));
        var token = await s.Api.PostForm("/api/agent/oauth/token", Grant + claim);
        await Assert.That(token.Status).IsEqualTo(200);
        await Assert.That(token.Str("access_token")).StartsWith("ot_pat_");
        await Assert.That(token.Str("token_type")).IsEqualTo("bearer");
        await Expect.Strings(token["scopes"], "jobs:read", "jobs:write", "proposals:read", "proposals:write", "messages:read", "messages:write", "payments:read", "team:read", "team:write");

        s.Control.AdvanceTime(TimeSpan.FromSeconds(5));
        await Expect.OAuth(await s.Api.PostForm("/api/agent/oauth/token", Grant + claim), 400, "invalid_grant");

        await Expect.Envelope(await s.Api.Get("/api/public/v1/auth/me", preClaim), 401, "UNAUTHORIZED");
        var me = await s.Api.Get("/api/public/v1/auth/me", token.Str("access_token"));
        await Assert.That(me.Status).IsEqualTo(200);
        await Assert.That(me["actor"]["email"]!.GetValue<string>()).IsEqualTo("owner@example.com");
        await Assert.That(me["account"]["claimed"]!.GetValue<bool>()).IsTrue();
    }

    [Test]
    public async Task Restarting_the_claim_invalidates_the_previous_code()
    {
        await using var s = await Scenario.StartAsync();
        var (_, claim) = await RegisterAsync(s);
        var first = await s.Api.Post("/api/agent/identity/claim", new JsonObject { ["claim_token"] = claim, ["email"] = "a@example.com" });
        var second = await s.Api.Post("/api/agent/identity/claim", new JsonObject { ["claim_token"] = claim, ["email"] = "b@example.com" });
        await Assert.That(second.Str("verification_uri")).IsNotEqualTo(first.Str("verification_uri"));
        await Assert.That(() => s.Control.CompleteClaim(attemptToken: first.Str("verification_uri").Split("token=")[1]))
            .Throws<Control.ControlException>();
        await Assert.That(s.Control.CompleteClaim(userCode: second.Str("user_code")).Email).IsEqualTo("b@example.com");
    }

    [Test]
    public async Task Claim_window_closes_after_24_hours()
    {
        await using var s = await Scenario.StartAsync();
        var (_, claim) = await RegisterAsync(s);
        s.Control.AdvanceTime(TimeSpan.FromHours(24));
        await Expect.OAuth(await s.Api.PostForm("/api/agent/oauth/token", Grant + claim), 400, "expired_token");
        var start = await s.Api.Post("/api/agent/identity/claim", new JsonObject { ["claim_token"] = claim, ["email"] = "a@example.com" });
        await Expect.OAuth(start, 400, "invalid_request");
    }

    [Test]
    public async Task Lapsed_claim_attempt_reports_expired_token()
    {
        await using var s = await Scenario.StartAsync();
        var (_, claim) = await RegisterAsync(s);
        await s.Api.Post("/api/agent/identity/claim", new JsonObject { ["claim_token"] = claim, ["email"] = "a@example.com" });
        s.Control.AdvanceTime(TimeSpan.FromSeconds(1800));
        await Expect.OAuth(await s.Api.PostForm("/api/agent/oauth/token", Grant + claim), 400, "expired_token");
    }

    [Test]
    [Arguments("grant_type=password&claim_token=x", "unsupported_grant_type")]
    [Arguments("grant_type=urn%3Aopentrain%3Aagent-auth%3Agrant-type%3Aclaim", "invalid_request")]
    [Arguments("claim_token=x", "invalid_request")]
    [Arguments("grant_type=urn%3Aopentrain%3Aagent-auth%3Agrant-type%3Aclaim&claim_token=ot_clm_nope", "invalid_grant")]
    public async Task Token_endpoint_errors(string form, string error)
    {
        await using var s = await Scenario.StartAsync();
        await Expect.OAuth(await s.Api.PostForm("/api/agent/oauth/token", form), 400, error);
    }

    [Test]
    public async Task Revocation_always_answers_200_and_the_token_stops_working()
    {
        await using var s = await Scenario.StartAsync();
        var (token, _) = await RegisterAsync(s);
        var revoke = await s.Api.PostForm("/api/agent/oauth/revoke", "token=" + token);
        await Assert.That(revoke.Status).IsEqualTo(200);
        await Assert.That(revoke.Raw).IsEqualTo("{}");
        await Assert.That((await s.Api.PostForm("/api/agent/oauth/revoke", "token=ot_pat_unknown_x")).Status).IsEqualTo(200);
        await Expect.Envelope(await s.Api.Get("/api/public/v1/auth/me", token), 401, "UNAUTHORIZED");
        await Expect.OAuth(await s.Api.PostForm("/api/agent/oauth/revoke", ""), 400, "invalid_request");
    }

    [Test]
    public async Task Discovery_documents_describe_the_agent_auth_endpoints()
    {
        await using var s = await Scenario.StartAsync();
        var resource = await s.Api.Get("/.well-known/oauth-protected-resource");
        await Assert.That(resource.Status).IsEqualTo(200);
        await Assert.That(resource.Str("resource")).IsEqualTo(s.Host.BaseUrl + "/api/public/v1");
        await Assert.That(resource["scopes_supported"].AsArray().Count).IsEqualTo(11);
        var server = await s.Api.Get("/.well-known/oauth-authorization-server");
        await Assert.That(server["agent_auth"]["claim_endpoint"]!.GetValue<string>()).IsEqualTo(s.Host.BaseUrl + "/api/agent/identity/claim");
        await Expect.Strings(server["grant_types_supported"], "urn:opentrain:agent-auth:grant-type:claim");
    }
}
