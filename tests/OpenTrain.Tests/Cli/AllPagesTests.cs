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
    public async Task Every_list_command_takes_all()
    {
        foreach (var command in new[] { "jobs list", "jobs search", "proposals list", "messages list", "messages unread", "messages read", "credits ledger" })
            await Assert.That(CommandSurface.For(command).Flags.Select(f => f.Name)).Contains("--all");
    }
}
