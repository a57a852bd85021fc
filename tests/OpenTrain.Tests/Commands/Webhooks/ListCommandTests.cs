using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Webhooks;

public class ListCommandTests
{
    [Test]
    public async Task Lists_subscriptions_with_disabled_reasons_and_never_a_secret()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/webhooks", 200, $$"""{"webhooks":[{{Fixtures.Webhook}},{{Fixtures.DisabledWebhook}}]}""");

        var result = await api.RunAsync("webhooks", "list");

        await api.AssertSingleRequest("GET", "/webhooks");
        await Assert.That(result.Stdout).IsEqualTo(
            "ID    STATUS    URL                                     EVENTS                                                   NOTE\n" +
            "wh_1  ACTIVE    https://example.com/hooks/opentrain     proposal.received, message.received, approval.confirmed\n" +
            "wh_2  DISABLED  https://example.com/hooks/old-endpoint  payment.pending                                          Disabled after repeated delivery failures\n" +
            "\n" +
            "A disabled webhook never delivers again and cannot be re-enabled: delete it, fix the endpoint, create a new one, then catch up with 'opentrain updates poll --cursor <last-seen>'.\n");
        await Assert.That(result.AllOutput).DoesNotContain("whsec_");
    }

    [Test]
    public async Task Empty_says_how_to_create_one()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/webhooks", 200, """{"webhooks":[]}""");

        var result = await api.RunAsync("webhooks", "list");

        await Assert.That(result.Stdout).IsEqualTo("No webhooks. Create one: opentrain webhooks create --url <https-url> --event <type>\n");
    }

    [Test]
    public async Task Extra_arguments_are_usage_errors_without_a_request()
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync("webhooks", "list", "--all"), "unknown flag '--all'");
    }
}
