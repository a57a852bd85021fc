using OpenTrain.Json;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Approvals;

/// <summary><c>--wait</c> on approvals get, the commands that hand out an approval, and top-up-status (fake time, no sleeping).</summary>
public class ApprovalWaitTests
{
    private const string Message = "Funding request recorded.";

    private static string Envelope(string status, string? resolvedAt = null) =>
        $$"""{"approval":{{Fixtures.Approval("milestone_fund", status, resolvedAt: resolvedAt)}}}""";

    private static Task<CliResult> RunAsync(ApiSession api, AutoAdvanceTime time, params string[] args) =>
        CliRunner.RunAsync(args, api.Env, time: time);

    [Test]
    public async Task Fund_wait_sends_the_request_once_then_polls_until_confirmed_with_exit_0()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/milestones/ms_1/fund", 202, Fixtures.Pending("milestone_fund", Message))
            .Reply("GET", "/approvals/ap_1", 200, Envelope("pending"))
            .Reply("GET", "/approvals/ap_1", 200, Envelope("pending"))
            .Reply("GET", "/approvals/ap_1", 200, Envelope("confirmed", "2026-06-12T10:01:00.000Z"));
        var time = new AutoAdvanceTime();

        var result = await RunAsync(api, time, "milestones", "fund", "ms_1", "--wait");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(api.Requests.Select(r => $"{r.Method} {r.Path}")).IsEquivalentTo(new[]
        {
            "POST /api/public/v1/milestones/ms_1/fund",
            "GET /api/public/v1/approvals/ap_1",
            "GET /api/public/v1/approvals/ap_1",
            "GET /api/public/v1/approvals/ap_1",
        }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(time.Waits).IsEquivalentTo(new[] { TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5) });
        await Assert.That(result.Stdout).StartsWith("Funding requested for milestone ms_1: nothing is charged until a human confirms.\n\nA signed-in human must open and confirm:\nhttps://app.opentrain.ai/approvals/ap_1\n");
        await Assert.That(result.Stdout).EndsWith("\nApproval ap_1: confirmed\n\nApproval:   ap_1\nType:       milestone_fund\nStatus:     confirmed\nJob:        job_1\nContract:   ct_1\nMilestone:  ms_1\nResolved:   2026-06-12T10:01:00.000Z\nCreated:    2026-06-12T10:00:00.000Z\n\nConfirmed: the action was carried out.\n" +
            "Next: once the work is delivered, request its release: opentrain milestones approve ms_1\n");
        // This run is the wait: the hand-off's "Check it with … / Or wait …" lines are left out, so "pending" is said once.
        await Assert.That(result.Stdout).DoesNotContain("Check it with:");
        await Assert.That(result.Stdout).DoesNotContain("Or wait until");
        await api.Server.AssertAllUsed();
    }

    [Test]
    public async Task Get_wait_declined_exits_1_with_a_clear_message()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/approvals/ap_1", 200, Envelope("pending"))
            .Reply("GET", "/approvals/ap_1", 200, Envelope("declined", "2026-06-12T10:01:00.000Z"));

        var result = await RunAsync(api, new AutoAdvanceTime(), "approvals", "get", "ap_1", "--wait");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).Contains("Declined by a human: nothing was executed.\n");
        await Assert.That(result.Stderr).IsEqualTo(
            "Waiting for a signed-in human to open and confirm: https://app.opentrain.ai/approvals/ap_1\n" +
            "Error: approval ap_1 was declined by a human: nothing was executed.\n");
    }

    [Test]
    public async Task Wait_gives_up_at_the_timeout_with_exit_1()
    {
        await using var api = await ApiSession.StartAsync();
        api.Server.OnJson("GET", "/api/public/v1/approvals/ap_1", 200, Envelope("pending"), times: 100);

        var result = await RunAsync(api, new AutoAdvanceTime(), "approvals", "get", "ap_1", "--wait", "--timeout", "12", "--interval", "5");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(api.Requests.Count).IsEqualTo(3);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).EndsWith("Error: approval ap_1 was still pending after 12 s. Keep waiting: opentrain approvals get ap_1 --wait\n");
    }

    [Test]
    public async Task Json_prints_only_the_last_poll_body_and_the_url_on_stderr()
    {
        await using var api = await ApiSession.StartAsync();
        var final = Envelope("confirmed", "2026-06-12T10:01:00.000Z");
        api.Reply("POST", "/proposals/prop_1/hire", 202, Fixtures.Pending("hire", Message))
            .Reply("GET", "/approvals/ap_1", 200, Envelope("pending"))
            .Reply("GET", "/approvals/ap_1", 200, final);

        var result = await RunAsync(api, new AutoAdvanceTime(), "proposals", "hire", "prop_1", "--milestone-name", "M1", "--amount", "300", "--wait", "--json");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo(JsonReindenter.Indent(System.Text.Encoding.UTF8.GetBytes(final)));
        await Assert.That(result.Stderr).IsEqualTo("Waiting for a signed-in human to open and confirm: https://app.opentrain.ai/approvals/ap_1\n");
        await Assert.That(api.Requests.Count(r => r.Method == "POST")).IsEqualTo(1);
    }

    [Test]
    public async Task Json_declined_prints_the_final_body_only_and_exits_1()
    {
        await using var api = await ApiSession.StartAsync();
        var final = Envelope("declined", "2026-06-12T10:01:00.000Z");
        api.Reply("GET", "/approvals/ap_1", 200, final);

        var result = await RunAsync(api, new AutoAdvanceTime(), "approvals", "get", "ap_1", "--wait", "--json");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).IsEqualTo(JsonReindenter.Indent(System.Text.Encoding.UTF8.GetBytes(final)));
        await Assert.That(result.Stderr).IsEqualTo("Error: approval ap_1 was declined by a human: nothing was executed.\n");
    }

    [Test]
    public async Task A_503_during_the_wait_is_retried_and_the_post_is_not_repeated()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/milestones/ms_1/approve", 202, Fixtures.Pending("milestone_approve", Message))
            .Reply("GET", "/approvals/ap_1", 503, Fixtures.Envelope("Unavailable", "SERVICE_UNAVAILABLE"))
            .Reply("GET", "/approvals/ap_1", 200, Envelope("confirmed"));

        var result = await RunAsync(api, new AutoAdvanceTime(), "milestones", "approve", "ms_1", "--wait", "--json");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).Contains("\"status\": \"confirmed\"");
        await Assert.That(api.Requests.Count(r => r.Method == "POST")).IsEqualTo(1);
        await Assert.That(api.Requests.Count(r => r.Method == "GET")).IsGreaterThanOrEqualTo(2);
    }

    [Test]
    public async Task Contract_end_without_an_approval_has_nothing_to_wait_for()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("POST", "/contracts/ct_1/end", 200, """{"ok":true,"contractId":"ct_1","status":"ended"}""");

        var result = await RunAsync(api, new AutoAdvanceTime(), "contracts", "end", "ct_1", "--wait");

        await Assert.That(result.ExitCode).IsEqualTo(0);
        await Assert.That(result.Stdout).IsEqualTo("Contract ct_1 ended.\n");
        await api.AssertSingleRequest("POST", "/contracts/ct_1/end");
    }

    [Test]
    [Arguments("COMPLETED", 0, "Paid: the credits are available.")]
    [Arguments("EXPIRED", 1, "Error: top-up tu_1 expired unpaid: no credits were added.")]
    [Arguments("CANCELED", 1, "Error: top-up tu_1 was canceled: no credits were added.")]
    public async Task Top_up_status_wait_ends_when_it_leaves_pending(string status, int exitCode, string expected)
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/credits/top-ups/tu_1", 200, $$"""{"topUp":{{Fixtures.TopUp}}}""")
            .Reply("GET", "/credits/top-ups/tu_1", 200, $$"""{"topUp":{{Fixtures.TopUp.Replace("PENDING", status)}}}""");

        var result = await RunAsync(api, new AutoAdvanceTime(), "credits", "top-up-status", "tu_1", "--wait", "--interval", "2");

        await Assert.That(result.ExitCode).IsEqualTo(exitCode);
        await Assert.That(result.AllOutput).Contains(expected);
        await Assert.That(result.Stdout).Contains($"Status:   {status}\n");
        await api.Server.AssertAllUsed();
    }
}
