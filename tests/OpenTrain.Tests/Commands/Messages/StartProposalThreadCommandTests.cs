using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Messages;

public class StartProposalThreadCommandTests
{
    [Test]
    [Arguments(true, "Started conversation C1 for proposal P1.")]
    [Arguments(false, "Conversation C1 already exists for proposal P1.")]
    public async Task Opens_the_thread_and_suggests_the_first_message(bool created, string headline)
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/proposals/P1/conversation", 200,
            $$"""{"ok":true,"conversationId":"C1","proposalId":"P1","jobId":"J1","created":{{(created ? "true" : "false")}}}""");

        var result = await api.RunAsync("messages", "start-proposal-thread", "--proposal-id", "P1");

        await Assert.That((await api.SingleRequestAsync()).Body).IsEmpty();
        await Assert.That(result.Stdout).IsEqualTo(headline + """

              Job:  J1

            Next: send the first message (the candidate can reply only after you write):
              opentrain messages send C1 --content '<message>'

            """);
    }

    [Test]
    public async Task Not_ready_for_messaging_is_explained()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/proposals/P1/conversation", 409, Fixtures.Envelope("Proposal not ready", "CONFLICT", """{"reason":"proposal_not_ready_for_messaging"}"""));
        var result = await api.RunAsync("messages", "start-proposal-thread", "P1");
        await Assert.That(result.Stderr).Contains("Hint: the proposal is not ready for messaging yet");
    }

    [Test]
    public async Task Json_is_exact_and_missing_id_is_a_usage_error()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("POST", "/api/public/v1/proposals/P1/conversation", 201, """{"ok":true,"created":true}""");
        var json = await api.RunAsync("messages", "start-proposal-thread", "P1", "--json");
        await Assert.That(json.Stdout).IsEqualTo("{\n  \"ok\": true,\n  \"created\": true\n}\n");

        await using var other = await ApiSession.StartAsync();
        await other.AssertUsageErrorAsync(await other.RunAsync("messages", "start-proposal-thread"), "--proposal-id is required");
    }
}
