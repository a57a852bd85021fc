using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Webhooks;

public class GetCommandTests
{
    [Test]
    public async Task Shows_health_and_how_to_replace_a_disabled_webhook()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/webhooks/wh_2", 200, $$"""{"webhook":{{Fixtures.DisabledWebhook}}}""");

        var result = await api.RunAsync("webhooks", "get", "--webhook-id", "wh_2");

        await api.AssertSingleRequest("GET", "/webhooks/wh_2");
        await Assert.That(result.Stdout).IsEqualTo(
            "Webhook:   wh_2\n" +
            "Status:    DISABLED\n" +
            "URL:       https://example.com/hooks/old-endpoint\n" +
            "Events:    payment.pending\n" +
            "Created:   2026-05-30T08:00:00.000Z\n" +
            "Disabled:  2026-06-10T14:20:00.000Z\n" +
            "Reason:    Disabled after repeated delivery failures\n" +
            "\n" +
            "A disabled webhook never delivers again and cannot be re-enabled: delete it, fix the endpoint, create a new one, then catch up with 'opentrain updates poll --cursor <last-seen>'.\n");
    }

    [Test]
    public async Task Not_found_renders_the_details()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/webhooks/wh_9", 404, Fixtures.Envelope("Webhook not found", "NOT_FOUND", """{"resource":"webhooks","webhookId":"wh_9"}"""));

        var result = await api.RunAsync("webhooks", "get", "wh_9");

        await ApiSession.AssertApiError(result, "OpenTrain API request failed (404 NOT_FOUND): Webhook not found", """{"resource":"webhooks","webhookId":"wh_9"}""");
    }
}
