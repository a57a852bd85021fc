using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Tests.Support;

namespace OpenTrain.Sandbox.Tests;

public class WebhooksTests
{
    private const string V1 = "/api/public/v1";

    private static SandboxOptions FastRetries(int disableAfter = 10) => new()
    {
        WebhookRetryDelays = [TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20), TimeSpan.FromMilliseconds(20)],
        WebhookDisableAfterFailures = disableAfter,
    };

    private static JsonObject Subscription(string url, params string[] types) => new() { ["url"] = url, ["eventTypes"] = new JsonArray(types.Select(t => (JsonNode?)t).ToArray()) };

    /// <summary>Independent HMAC check (not the sandbox's signer): v1 = hex(HMAC-SHA256(secret, "t.body")).</summary>
    private static bool SignatureMatches(string header, string secret, string body)
    {
        var parts = header.Split(',').Select(p => p.Split('=', 2)).ToDictionary(p => p[0], p => p[1]);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(parts["t"] + "." + body));
        var fresh = Math.Abs(DateTimeOffset.UtcNow.ToUnixTimeSeconds() - long.Parse(parts["t"], System.Globalization.CultureInfo.InvariantCulture)) <= 300;
        return fresh && CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(Convert.ToHexStringLower(mac)), Encoding.ASCII.GetBytes(parts["v1"]));
    }

    [Test]
    public async Task Create_returns_the_secret_once_and_list_get_delete_work()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var created = await s.Api.Post($"{V1}/webhooks", Subscription("https://example.com/hooks", "proposal.received", "proposal.received", "approval.confirmed"), account.Token);
        await Assert.That(created.Status).IsEqualTo(201);
        await Assert.That(created.Str("secret")).Matches("^whsec_[0-9a-f]{32}$");
        var hook = created["webhook"];
        await Expect.Strings(hook["eventTypes"], "proposal.received", "approval.confirmed");
        await Assert.That(hook["status"]!.GetValue<string>()).IsEqualTo("ACTIVE");
        await Assert.That(hook["disabledAt"]).IsNull();
        var id = hook["id"]!.GetValue<string>();

        var list = await s.Api.Get($"{V1}/webhooks", account.Token);
        await Assert.That(list["webhooks"].AsArray().Count).IsEqualTo(1);
        await Assert.That(list.Raw).DoesNotContain("whsec_");
        await Assert.That((await s.Api.Get($"{V1}/webhooks/{id}", account.Token))["webhook"]["url"]!.GetValue<string>()).IsEqualTo("https://example.com/hooks");

        var deleted = await s.Api.Delete($"{V1}/webhooks/{id}", account.Token);
        await Assert.That(deleted["deleted"].GetValue<bool>()).IsTrue();
        var details = await Expect.Envelope(await s.Api.Get($"{V1}/webhooks/{id}", account.Token), 404, "NOT_FOUND");
        await Assert.That(details!["resource"]!.GetValue<string>()).IsEqualTo("webhooks");
        await Assert.That(details["webhookId"]!.GetValue<string>()).IsEqualTo(id);
    }

    [Test]
    [Arguments("http://example.com/hook", "proposal.received")]
    [Arguments("ftp://example.com/hook", "proposal.received")]
    [Arguments("/relative", "proposal.received")]
    [Arguments("https://example.com/hook", "job.created")]
    public async Task Bad_url_or_event_type_is_400(string url, string type)
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        await Expect.Envelope(await s.Api.Post($"{V1}/webhooks", Subscription(url, type), account.Token), 400, "BAD_REQUEST");
    }

    [Test]
    public async Task Empty_event_list_is_400_and_plain_http_is_fine_for_loopback()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        await Expect.Envelope(await s.Api.Post($"{V1}/webhooks", Subscription("https://example.com/h"), account.Token), 400, "BAD_REQUEST");
        await Assert.That((await s.Api.Post($"{V1}/webhooks", Subscription("http://localhost:9/h", "payment.pending"), account.Token)).Status).IsEqualTo(201);
        await Assert.That((await s.Api.Post($"{V1}/webhooks", Subscription("http://127.0.0.1:9/h", "payment.pending"), account.Token)).Status).IsEqualTo(201);
    }

    [Test]
    public async Task Subscribing_needs_webhooks_manage_and_the_event_read_scope()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account("webhooks:manage", "payments:read");
        var details = await Expect.Envelope(await s.Api.Post($"{V1}/webhooks", Subscription("https://example.com/h", "message.received"), account.Token), 403, "FORBIDDEN");
        await Expect.Strings(details!["requiredScopes"], "messages:read");
        var postClaim = s.Account("jobs:read", "proposals:write", "payments:read");
        var manage = await Expect.Envelope(await s.Api.Get($"{V1}/webhooks", postClaim.Token), 403, "FORBIDDEN");
        await Expect.Strings(manage!["requiredScopes"], "webhooks:manage");
        s.Control.SetFeature("public_api_webhooks", false, account.AccountId);
        var feature = await Expect.Envelope(await s.Api.Get($"{V1}/webhooks", account.Token), 403, "FORBIDDEN");
        await Assert.That(feature!["featureKey"]!.GetValue<string>()).IsEqualTo("public_api_webhooks");
    }

    [Test]
    public async Task At_most_ten_subscriptions()
    {
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        for (var i = 0; i < 10; i++) await s.Api.Post($"{V1}/webhooks", Subscription($"https://example.com/{i}", "payment.pending"), account.Token);
        await Expect.Envelope(await s.Api.Post($"{V1}/webhooks", Subscription("https://example.com/x", "payment.pending"), account.Token), 409, "CONFLICT", "webhook_limit_reached");
    }

    [Test]
    public async Task Deliveries_are_signed_with_hmac_sha256_over_t_and_the_raw_body()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        await using var s = await Scenario.StartAsync();
        var account = s.Account();
        var jobId = await s.DraftAsync(account.Token);
        var created = await s.Api.Post($"{V1}/webhooks", Subscription(receiver.Url, "proposal.received"), account.Token);
        var secret = created.Str("secret");
        await s.Api.Post($"{V1}/jobs/{jobId}/publish", null, account.Token);

        var delivery = await receiver.NextAsync();
        await Assert.That(delivery.Event).IsEqualTo("proposal.received");
        await Assert.That(delivery.UserAgent).IsEqualTo("OpenTrain-Webhooks/1.0");
        await Assert.That(delivery.ContentType).IsEqualTo("application/json");
        await Assert.That(delivery.Signature).Matches("^t=[0-9]+,v1=[0-9a-f]{64}$");
        await Assert.That(SignatureMatches(delivery.Signature, secret, delivery.Body)).IsTrue();
        await Assert.That(SignatureMatches(delivery.Signature, "whsec_wrong", delivery.Body)).IsFalse();
        var body = JsonNode.Parse(delivery.Body)!;
        await Assert.That(body["type"]!.GetValue<string>()).IsEqualTo("proposal.received");
        await Assert.That(body["jobId"]!.GetValue<string>()).IsEqualTo(jobId);
        var feed = await s.Api.Get($"{V1}/updates", account.Token);
        await Assert.That(feed["events"].AsArray().Select(e => e!["id"]!.GetValue<string>())).Contains(body["id"]!.GetValue<string>());
    }

    [Test]
    public async Task Signer_matches_the_documented_test_vector()
    {
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes("whsec_test"), Encoding.UTF8.GetBytes("1700000000.{\"id\":\"1\"}")));
        await Assert.That(Webhooks.WebhookSigner.Sign("whsec_test", 1700000000, "{\"id\":\"1\"}")).IsEqualTo("t=1700000000,v1=" + expected);
        await Assert.That(Webhooks.WebhookSigner.Verify("whsec_test", "t=1700000000,v1=" + expected, "{\"id\":\"1\"}", 1700000100)).IsTrue();
        await Assert.That(Webhooks.WebhookSigner.Verify("whsec_test", "t=1700000000,v1=" + expected, "{\"id\":\"1\"}", 1700000400)).IsFalse();
    }

    [Test]
    public async Task Failed_attempts_are_retried_with_the_same_delivery_id()
    {
        await using var receiver = await WebhookReceiver.StartAsync(500, 404);
        var options = FastRetries();
        options.ProposalsPerPublish = 1;
        await using var s = await Scenario.StartAsync(options);
        var account = s.Account();
        await s.Api.Post($"{V1}/webhooks", Subscription(receiver.Url, "proposal.received"), account.Token);
        await s.PublishedJobAsync(account.Token);

        var attempts = new List<ReceivedDelivery>();
        for (var i = 0; i < 3; i++) attempts.Add(await receiver.NextAsync());
        await Assert.That(attempts.Select(a => a.DeliveryId).Distinct().Count()).IsEqualTo(1);
        await Assert.That(attempts.Select(a => a.Body).Distinct().Count()).IsEqualTo(1);
        JsonNode? delivery = null;
        for (var i = 0; i < 100 && delivery?["status"]?.GetValue<string>() != "succeeded"; i++)
        {
            await Task.Delay(20);
            delivery = s.Control.WebhookDeliveries().Single();
        }
        await Assert.That(delivery!["status"]!.GetValue<string>()).IsEqualTo("succeeded");
        await Assert.That(delivery["attempts"]!.GetValue<int>()).IsEqualTo(3);
        await Assert.That(delivery["id"]!.GetValue<string>()).IsEqualTo(attempts[0].DeliveryId);
    }

    [Test]
    public async Task A_subscription_is_disabled_after_consecutive_failed_deliveries()
    {
        await using var receiver = await WebhookReceiver.StartAsync(Enumerable.Repeat(503, 100).ToArray());
        await using var s = await Scenario.StartAsync(FastRetries(disableAfter: 2));
        var account = s.Account();
        var created = await s.Api.Post($"{V1}/webhooks", Subscription(receiver.Url, "proposal.received"), account.Token);
        var id = created["webhook"]["id"]!.GetValue<string>();
        await s.PublishedJobAsync(account.Token);

        JsonNode? hook = null;
        for (var i = 0; i < 100; i++)
        {
            hook = (await s.Api.Get($"{V1}/webhooks/{id}", account.Token))["webhook"];
            if (hook["status"]!.GetValue<string>() == "DISABLED") break;
            await Task.Delay(50);
        }
        await Assert.That(hook!["status"]!.GetValue<string>()).IsEqualTo("DISABLED");
        await Assert.That(hook["disabledReason"]!.GetValue<string>()).IsEqualTo("Disabled after repeated delivery failures");
        await Assert.That(hook["disabledAt"]).IsNotNull();
    }
}
