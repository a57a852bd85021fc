using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Http;

/// <summary>
/// A write that reached the server is sent exactly once, even when the server reads it and closes
/// the connection without answering (SocketsHttpHandler would otherwise re-send it up to 3 times).
/// </summary>
public class WriteOnceTests
{
    public static IEnumerable<string> WriteCommands() =>
    [
        "auth register --agent-name A --org-name B",
        "auth claim --email owner@example.com",
        "auth claim-status",
        "contracts end ct_123",
        "credits top-up --amount-usd 100",
        "jobs close job_123",
        "jobs draft create --description Labeling",
        "jobs draft update job_123 --set headcount=8",
        "jobs invite job_123 --freelancer-id usr_456",
        "jobs publish job_123",
        "jobs update-published job_123 --set headcount=8",
        "messages send conv_42 --content Hi",
        "messages start-proposal-thread prop_789",
        "milestones approve ms_456",
        "milestones create --contract-id ct_123 --description Batch --amount 300 --due-date 2026-07-15",
        "milestones fund ms_456",
        "proposals hire prop_789 --milestone-name First --amount 300 --due-date 2026-07-01",
        "team invite --email newhire@example.com",
        "tokens revoke tok_123",
        "webhooks create --url https://example.com/hooks --event proposal.received",
        "webhooks delete wh_123",
    ];

    [Test]
    [MethodDataSource(nameof(WriteCommands))]
    public async Task A_write_the_server_read_then_dropped_is_sent_exactly_once(string command)
    {
        // Reads (tokens revoke first checks which token is in use) are answered on a kept-alive
        // connection, so the write goes on a reused one; every write is read, then dropped.
        await using var server = RawServer.Start((request, stream, ct) =>
            request.Method == "GET" ? RawServer.WriteAsync(stream, RawServer.Response(200, Fixtures.Me), ct) : RawServer.Close(stream));
        using var env = new TestEnvironment();
        if (command.StartsWith("auth register", StringComparison.Ordinal)) env.With("OT_API_BASE_URL", server.BaseUrl);
        else env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PostClaimToken}}","claimToken":"{{Fixtures.ClaimToken}}","baseUrl":"{{server.BaseUrl}}"}""");

        var result = await CliRunner.RunAsync(command.Split(' '), env.Variables, time: new AutoAdvanceTime());

        var writes = server.Requests.Where(r => r.Method != "GET").ToList();
        await Assert.That(writes.Count).IsEqualTo(1);
        if (command.StartsWith("tokens revoke", StringComparison.Ordinal)) await Assert.That(server.Connections).IsEqualTo(1);
        // milestones create reads its contract first (to price the milestone in the contract's units): a GET, then the one write.
        if (command.StartsWith("milestones create", StringComparison.Ordinal))
            await Assert.That(server.Requests.Select(r => $"{r.Method} {r.Path}")).IsEquivalentTo(
                new[] { "GET /api/public/v1/contracts/ct_123", "POST /api/public/v1/contracts/ct_123/milestones" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).IsEqualTo($"OpenTrain API request failed: {server.Authority} closed the connection before sending a complete response\n");
    }
}
