using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Webhooks;

public class DeleteCommandTests
{
    [Test]
    [Arguments("wh_1")]
    [Arguments("--webhook-id", "wh_1")]
    public async Task Deletes_without_a_prompt_and_says_what_went(params string[] id)
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("DELETE", "/webhooks/wh_1", 200, $$"""{"webhook":{{Fixtures.Webhook}},"deleted":true}""");

        var result = await api.RunAsync(["webhooks", "delete", .. id]);

        await api.AssertSingleRequest("DELETE", "/webhooks/wh_1");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "Deleted webhook wh_1 (https://example.com/hooks/opentrain). Deliveries have stopped and its secret no longer applies.\n");
    }
}
