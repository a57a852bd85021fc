using OpenTrain.Tests.Support;
namespace OpenTrain.Tests.Commands.Tokens;

public class ListCommandTests
{
    [Test]
    public async Task Lists_tokens_with_previews_only()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/tokens", 200, """
            {"tokens":[{"id":"tok_1","name":"Hiring agent","preview":"ot_pat_c3f9********bd21","scopes":["jobs:read","jobs:write"],"status":"active","organizationId":null,"createdAt":"2026-06-12T10:00:00.000Z","lastUsedAt":"2026-06-12T11:30:00.000Z","expiresAt":null,"revokedAt":null},{"id":"tok_2","name":"Old","preview":"ot_pat_8f2a********91cd","scopes":["jobs:read"],"status":"revoked","organizationId":null,"createdAt":"2026-05-01T10:00:00.000Z","lastUsedAt":null,"expiresAt":null,"revokedAt":"2026-05-02T10:00:00.000Z"}]}
            """);

        var result = await api.RunAsync("tokens", "list");

        await api.AssertSingleRequest("GET", "/tokens");
        await Assert.That(result.Stdout).IsEqualTo(
            "ID     NAME          PREVIEW                  STATUS   LAST USED                 SCOPES\n" +
            "tok_1  Hiring agent  ot_pat_c3f9********bd21  active   2026-06-12T11:30:00.000Z  jobs:read jobs:write\n" +
            "tok_2  Old           ot_pat_8f2a********91cd  revoked  never                     jobs:read\n");
    }

    [Test]
    public async Task Json_prints_the_body_exactly()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/tokens", 200, """{"tokens":[{"name":"Agent für Überprüfung","id":"tok_1","weight":1.50}]}""");

        var result = await api.RunAsync("tokens", "list", "--json");

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
