using System.Text.Json.Nodes;
using OpenTrain.Tests.Mcp;
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
            3 messages, oldest first, newest last:
            2026-06-12T08:00:00.000Z  system  Proposal submitted
            2026-06-12T08:30:00.000Z  them    Thanks — I can start Monday. [2 attachments, audio, 1 reaction]
            2026-06-12T09:15:00.000Z  you     Great, see you Monday.
                                              Best, Mira [edited]

            Next cursor: M1

            """);
        await Assert.That(result.Stderr).IsEqualTo("More results: opentrain messages read C1 --direction older --limit 3 --cursor M1\n");
    }

    [Test]
    public async Task The_mcp_tool_says_in_which_order_its_structured_page_is_and_its_text_is_the_clis_oldest_first()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/messages", 200, NewestFirst).On("GET", "/api/public/v1/messages", 200, NewestFirst);
        await using var mcp = await McpHarness.StartInitializedAsync(McpProtocolTests.McpEnv(api, ApiSession.Token));

        var result = await mcp.CallAsync("opentrain_read_messages", new JsonObject { ["conversationId"] = "C1" });
        var cli = await api.RunAsync("messages", "read", "C1");

        var structured = result["structuredContent"]!.AsObject();
        await Assert.That(structured["order"]!.GetValue<string>()).IsEqualTo("newest_first");
        await Assert.That(structured["messages"]![0]!["id"]!.GetValue<string>()).IsEqualTo("M3");
        var text = result["content"]![0]!["text"]!.GetValue<string>();
        await Assert.That(text).StartsWith("3 messages, oldest first, newest last:\n2026-06-12T08:00:00.000Z  system  Proposal submitted");
        await Assert.That(text).IsEqualTo(cli.Stdout.TrimEnd('\n'));
        await Assert.That(cli.Stdout).DoesNotContain("order");
    }

    [Test]
    public async Task Several_other_senders_are_told_apart_by_user_id_one_is_them()
    {
        await using var api = await ApiSession.StartAsync();
        api.On("GET", "/api/public/v1/messages", 200, """
            {"messages":[
              {"id":"M3","createdAt":"2026-06-12T09:00:00.000Z","senderUserId":"usr_b","isFromViewer":false,"content":"Me too."},
              {"id":"M2","createdAt":"2026-06-12T08:30:00.000Z","senderUserId":"usr_me","isFromViewer":true,"content":"Welcome both."},
              {"id":"M1","createdAt":"2026-06-12T08:00:00.000Z","senderUserId":"usr_a","isFromViewer":false,"content":"Ready."}],
             "nextCursor":null}
            """);
        api.On("GET", "/api/public/v1/messages", 200, """
            {"messages":[{"id":"M1","createdAt":"2026-06-12T08:00:00.000Z","senderUserId":"usr_a","isFromViewer":false,"content":"Ready."}],"nextCursor":null}
            """);

        var channel = await api.RunAsync("messages", "read", "C1");
        var direct = await api.RunAsync("messages", "read", "C2");

        await Assert.That(channel.Stdout).IsEqualTo("""
            3 messages, oldest first, newest last:
            2026-06-12T08:00:00.000Z  them (usr_a)  Ready.
            2026-06-12T08:30:00.000Z  you           Welcome both.
            2026-06-12T09:00:00.000Z  them (usr_b)  Me too.

            """);
        await Assert.That(direct.Stdout).IsEqualTo("1 message, oldest first, newest last:\n2026-06-12T08:00:00.000Z  them  Ready.\n");
    }

    [Test]
    public async Task Help_says_how_the_api_orders_pages_and_which_end_is_newest()
    {
        var result = await CliRunner.RunAsync(["messages", "read", "--help"]);
        var help = string.Join(' ', result.Stdout.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));

        await Assert.That(help).Contains("oldest message first, newest last.");
        await Assert.That(help).Contains("older (default; the API starts at the newest messages and each next page goes back in time)");
        await Assert.That(help).Contains("newer (each next page moves forward, for tailing)");
        await Assert.That(help).Contains("Each page prints oldest first, newest last.");
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
