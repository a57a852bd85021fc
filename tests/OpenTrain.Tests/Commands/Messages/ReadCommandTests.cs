using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Messages;

public class ReadCommandTests
{
    private const string NewestFirst = """
        {"messages":[
          {"id":"M3","createdAt":"2026-06-12T09:15:00.000Z","conversationId":"C1","isFromViewer":true,"content":"Great, see you Monday.\nBest, Mira","system":false,"attachmentCount":0,"hasAudio":false,"editedAt":"2026-06-12T09:16:00.000Z","reactionCount":0},
          {"id":"M2","createdAt":"2026-06-12T08:30:00.000Z","conversationId":"C1","isFromViewer":false,"content":"Thanks — I can start Monday.","system":false,"attachmentCount":2,"hasAudio":true,"editedAt":null,"reactionCount":1},
          {"id":"M1","createdAt":"2026-06-12T08:00:00.000Z","conversationId":"C1","isFromViewer":false,"content":"Proposal submitted","system":true,"attachmentCount":0}],
         "nextCursor":"M1"}
        """;

    [Test]
    public async Task Prints_a_chronological_transcript_oldest_first()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/messages", 200, NewestFirst);

        var result = await api.RunAsync("messages", "read", "C1", "--limit", "3", "--direction", "OLDER", "--cursor", "M4");

        await Assert.That((await api.SingleRequestAsync()).Query).IsEqualTo("?conversationId=C1&limit=3&cursor=M4&direction=older");
        await Assert.That(result.Stdout).IsEqualTo("""
            2026-06-12T08:00:00.000Z  system  Proposal submitted
            2026-06-12T08:30:00.000Z  them    Thanks — I can start Monday. [2 attachments, audio, 1 reaction]
            2026-06-12T09:15:00.000Z  you     Great, see you Monday.
                                              Best, Mira [edited]

            Next cursor: M1

            """);
        await Assert.That(result.Stderr).IsEqualTo("More results: opentrain messages read C1 --direction older --limit 3 --cursor M1\n");
    }

    [Test]
    public async Task Empty_conversation_says_so_and_json_is_exact()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/messages", 200, """{"messages":[],"nextCursor":null}""");
        api.On("GET", "/api/public/v1/messages", 200, """{"messages":[],"nextCursor":null}""");

        var human = await api.RunAsync("messages", "read", "--conversation-id", "C1");
        var json = await api.RunAsync("messages", "read", "C1", "--json");

        await Assert.That(human.Stdout).IsEqualTo("No messages.\n");
        await Assert.That(json.Stdout).IsEqualTo("{\n  \"messages\": [],\n  \"nextCursor\": null\n}\n");
    }

    [Test]
    public async Task Not_a_participant_renders_the_403()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/messages", 403, Fixtures.Envelope("Not a participant", "FORBIDDEN"));
        var result = await api.RunAsync("messages", "read", "C9");
        await Assert.That(result.Stderr).IsEqualTo("OpenTrain API request failed (403 FORBIDDEN): Not a participant\n");
    }

    [Test]
    [Arguments(new string[0], "--conversation-id is required")]
    [Arguments(new[] { "C1", "--direction", "sideways" }, "invalid value 'sideways' for --direction (expected one of: older, newer)")]
    public async Task Usage_errors_send_nothing(string[] args, string message)
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageErrorAsync(await api.RunAsync(["messages", "read", .. args]), message);
    }
}
