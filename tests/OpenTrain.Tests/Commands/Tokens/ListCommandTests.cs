using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Tokens;

public class ListCommandTests
{
    private const string TwoTokens = """
        {"tokens":[{"id":"tok_1","name":"Hiring agent","preview":"ot_pat_c3f9********bd21","scopes":["jobs:read","jobs:write"],"status":"active","organizationId":null,"createdAt":"2026-06-12T10:00:00.000Z","lastUsedAt":"2026-06-12T11:30:00.000Z","expiresAt":null,"revokedAt":null},{"id":"tok_2","name":"Old","preview":"ot_pat_8f2a********91cd","scopes":["jobs:read"],"status":"revoked","organizationId":null,"createdAt":"2026-05-01T10:00:00.000Z","lastUsedAt":null,"expiresAt":null,"revokedAt":"2026-05-02T10:00:00.000Z"}]}
        """;

    [Test]
    public async Task Lists_tokens_with_previews_only_and_marks_the_one_this_cli_uses()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/auth/me", 200, Fixtures.Me); // token.id = tok_1
        api.Reply("GET", "/tokens", 200, TwoTokens);

        var result = await api.RunAsync("tokens", "list");

        await api.Server.AssertAllUsed();
        await ApiSession.AssertRequest(api.Requests[0], "GET", "/auth/me");
        await ApiSession.AssertRequest(api.Requests[1], "GET", "/tokens");
        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(
            "ID     NAME          PREVIEW                  STATUS             LAST USED                 SCOPES\n" +
            "tok_1  Hiring agent  ot_pat_c3f9********bd21  active (this CLI)  2026-06-12T11:30:00.000Z  jobs:read jobs:write\n" +
            "tok_2  Old           ot_pat_8f2a********91cd  revoked            never                     jobs:read\n");
    }

    [Test]
    public async Task When_auth_me_fails_the_list_is_still_shown_unmarked()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/auth/me", 404, Fixtures.Envelope("User not found", "NOT_FOUND"));
        api.Reply("GET", "/tokens", 200, TwoTokens);

        var result = await api.RunAsync("tokens", "list");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).Contains("tok_1  Hiring agent  ot_pat_c3f9********bd21  active   ");
        await Assert.That(result.Stdout).DoesNotContain("this CLI");
    }

    [Test]
    public async Task Json_asks_nothing_but_the_token_list_and_prints_it_exactly()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/tokens", 200, """{"tokens":[{"name":"Agent für Überprüfung","id":"tok_1","weight":1.50}]}""");

        var result = await api.RunAsync("tokens", "list", "--json");

        await api.AssertSingleRequest("GET", "/tokens"); // no /auth/me: nothing is marked in the body

        await Assert.That(result.Stdout).IsEqualTo(
            "{\n  \"tokens\": [\n    {\n      \"name\": \"Agent für Überprüfung\",\n      \"id\": \"tok_1\",\n      \"weight\": 1.50\n    }\n  ]\n}\n");
    }

    [Test]
    public async Task Extra_arguments_are_usage_errors_without_a_request()
    {
        await using var api = await ApiSession.StartAsync();
        await api.AssertUsageError(await api.RunAsync("tokens", "list", "tok_1"), "unexpected argument 'tok_1'");
    }
}
