using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Cli;

/// <summary>Issue #16: <c>--all</c> follows nextCursor to the end on every list command.</summary>
public class AllPagesTests
{
    private static ApiSession TwoPages(ApiSession api)
    {
        api.Reply("GET", "/jobs/mine", 200, """{"jobs":[{"id":"J1","status":"OPEN","title":"First","price":18.50}],"nextCursor":"c2"}""");
        api.Reply("GET", "/jobs/mine", 200, """{"jobs":[{"id":"J2","status":"DRAFT","title":"Second","price":1.0e+3}],"nextCursor":null}""");
        return api;
    }

    [Test]
    public async Task Human_output_streams_every_page_without_a_footer()
    {
        await using var api = TwoPages(await ApiSession.StartAsync());

        var result = await api.RunAsync("jobs", "list", "--all", "--limit", "1");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(api.Requests.Select(r => r.Query).ToList()).IsEquivalentTo(["?limit=1", "?limit=1&cursor=c2"]);
        await Assert.That(result.Stdout).Contains("J1").And.Contains("J2");
        await Assert.That(result.Stdout).DoesNotContain("Next cursor");
        await Assert.That(result.Stderr).IsEmpty();
        // One table: the header once, the second page's rows aligned to the first's.
        await Assert.That(result.Stdout).IsEqualTo("""
            ID  STATUS  PROPOSALS  CREATED  TITLE
            J1  OPEN                        First
            J2  DRAFT                       Second

            """);
    }

    [Test]
    public async Task Json_prints_one_document_with_the_pages_items_merged_and_numbers_as_sent()
    {
        await using var api = TwoPages(await ApiSession.StartAsync());

        var result = await api.RunAsync("jobs", "list", "--all", "--json");

        await Assert.That(result.Stdout).IsEqualTo("""
            {
              "jobs": [
                {
                  "id": "J1",
                  "status": "OPEN",
                  "title": "First",
                  "price": 18.50
                },
                {
                  "id": "J2",
                  "status": "DRAFT",
                  "title": "Second",
                  "price": 1.0e+3
                }
              ],
              "nextCursor": null
            }

            """);
    }

    [Test]
    public async Task Messages_read_all_prints_one_transcript_oldest_first_across_pages()
    {
        await using var api = await ApiSession.StartAsync();
        // The default direction (older): the first page holds the newest messages, each next page older ones.
        api.Reply("GET", "/messages", 200, """{"messages":[{"id":"m4","createdAt":"2026-06-12T10:04:00.000Z","content":"fourth","isFromViewer":true},{"id":"m3","createdAt":"2026-06-12T10:03:00.000Z","content":"third","isFromViewer":false}],"nextCursor":"m3"}""");
        api.Reply("GET", "/messages", 200, """{"messages":[{"id":"m2","createdAt":"2026-06-12T10:02:00.000Z","content":"second","isFromViewer":true},{"id":"m1","createdAt":"2026-06-12T10:01:00.000Z","content":"first","isFromViewer":false}],"nextCursor":null}""");

        var result = await api.RunAsync("messages", "read", "conv_1", "--limit", "2", "--all");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("""
            4 messages, oldest first, newest last:
            2026-06-12T10:01:00.000Z  them  first
            2026-06-12T10:02:00.000Z  you   second
            2026-06-12T10:03:00.000Z  them  third
            2026-06-12T10:04:00.000Z  you   fourth

            """);
    }

    [Test]
    public async Task Every_list_command_takes_all()
    {
        foreach (var command in new[] { "jobs list", "jobs search", "proposals list", "messages list", "messages unread", "messages read", "credits ledger" })
            await Assert.That(CommandSurface.For(command).Flags.Select(f => f.Name)).Contains("--all");
    }
}
