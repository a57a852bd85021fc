using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Messages;

public class ListCommandTests
{
    private const string Conversations = """
        {"conversations":[
          {"id":"C1","type":"DIRECT_MESSAGE","bucket":"proposal","jobId":null,"proposalId":"P1","channelName":null,"updatedAt":"2026-06-12T08:30:00.000Z",
           "lastMessage":{"id":"M1","content":"Thanks — I can start Monday.\nBest","senderUserId":"F1","isFromViewer":false,"createdAt":"2026-06-12T08:30:00.000Z"},"unreadCount":1,"needsReplyCount":1},
          {"id":"C2","type":"DIRECT_MESSAGE","bucket":"job","jobId":"J1","proposalId":null,"channelName":null,"updatedAt":"2026-06-11T08:00:00.000Z",
           "lastMessage":{"id":"M0","content":"Here is the guideline document for the first batch, please read it before you start","isFromViewer":true,"createdAt":"2026-06-11T08:00:00.000Z"},"unreadCount":0,"needsReplyCount":0}],
         "nextCursor":"C2"}
        """;

    [Test]
    public async Task Lists_conversations_with_unread_counts_and_previews()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/messages", 200, Conversations);

        var result = await api.RunAsync("messages", "list", "--filter", "PROPOSAL", "--unread-only", "--limit", "5", "--cursor", "C0");

        await Assert.That((await api.SingleRequestAsync()).Query).IsEqualTo("?filter=proposal&unreadOnly=true&limit=5&cursor=C0");
        await Assert.That(result.Stdout).IsEqualTo("""
            ID  KIND      UNREAD            UPDATED                   LAST MESSAGE
            C1  proposal  1 (reply needed)  2026-06-12T08:30:00.000Z  them: Thanks — I can start Monday. Best
            C2  job       0                 2026-06-11T08:00:00.000Z  you: Here is the guideline document for the first batch, please…

            Next cursor: C2

            """);
        await Assert.That(result.Stderr).IsEqualTo("More results: opentrain messages list --unread-only --filter proposal --limit 5 --cursor C2\n");
    }

    [Test]
    public async Task Unread_forces_the_unread_filter()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/messages", 200, """{"conversations":[],"nextCursor":null}""");

        var result = await api.RunAsync("messages", "unread");

        await Assert.That((await api.SingleRequestAsync()).Query).IsEqualTo("?unreadOnly=true");
        await Assert.That(result.Stdout).IsEqualTo("No unread messages.\n");
    }

    [Test]
    public async Task No_flags_send_no_query()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/messages", 200, """{"conversations":[],"nextCursor":null}""");
        var result = await api.RunAsync("messages", "list");
        await Assert.That((await api.SingleRequestAsync()).Query).IsEmpty();
        await Assert.That(result.Stdout).IsEqualTo("No conversations.\n");
    }

    [Test]
    [Arguments("list", new[] { "--filter", "direct" }, "invalid value 'direct' for --filter (expected one of: all, job, proposal)")]
    [Arguments("unread", new[] { "--limit", "0" }, "--limit must be between 1 and 100, got 0")]
    [Arguments("unread", new[] { "--unread-only" }, "unknown flag '--unread-only'. Run 'opentrain messages unread --help' for its flags.")]
    public async Task Usage_errors_send_nothing(string verb, string[] flags, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageErrorAsync(await api.RunAsync(["messages", verb, .. flags]), message);
    }
}
