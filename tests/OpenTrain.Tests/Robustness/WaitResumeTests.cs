using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>
/// Issue #25 item 7: Ctrl-C during a <c>--wait</c> says how to pick the wait up again, with the exact command, on stderr
/// (exit 130 as before). The published binary is signalled while it sleeps between polls of a pending approval or top-up.
/// </summary>
public class WaitResumeTests
{
    [Test]
    [Arguments("milestones fund ms_1", "POST", "/milestones/ms_1/fund", "/approvals/ap_1",
        "Stopped waiting; approval ap_1 is still pending. Check again (and wait) with: opentrain approvals get ap_1 --wait", false)]
    [Arguments("proposals hire prop_1 --milestone-name M1 --amount 300", "POST", "/proposals/prop_1/hire", "/approvals/ap_1",
        "Stopped waiting; approval ap_1 is still pending. Check again (and wait) with: opentrain approvals get ap_1 --wait", true)]
    [Arguments("approvals get ap_1", null, null, "/approvals/ap_1",
        "Stopped waiting; approval ap_1 is still pending. Check again (and wait) with: opentrain approvals get ap_1 --wait", false)]
    [Arguments("credits top-up-status tu_1", null, null, "/credits/top-ups/tu_1",
        "Stopped waiting; top-up tu_1 is still PENDING. Check again (and wait) with: opentrain credits top-up-status tu_1 --wait", false)]
    public async Task Ctrl_c_in_a_wait_prints_the_command_that_resumes_it(string command, string? writeMethod, string? writePath, string pollPath, string expected, bool json)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        if (writeMethod is not null) api.Reply(writeMethod, writePath!, 202, Fixtures.Pending(writePath!.Contains("hire", StringComparison.Ordinal) ? "proposal_hire" : "milestone_fund", "Recorded."));
        var pending = pollPath.Contains("top-ups", StringComparison.Ordinal)
            ? $$"""{"topUp":{{Fixtures.TopUp}}}"""
            : $$"""{"approval":{{Fixtures.Approval("milestone_fund", "pending")}}}""";
        api.Server.OnJson("GET", "/api/public/v1" + pollPath, 200, pending, times: int.MaxValue);

        await using var run = SignalledBinary.Start([.. command.Split(' '), "--wait", "--interval", "300", .. json ? new[] { "--json" } : []], api.Env);
        await run.UntilAsync(() => api.Requests.Any(r => r.Path == "/api/public/v1" + pollPath), "the first poll");
        await Task.Delay(300);
        await run.SignalAsync("INT");
        var result = await run.ExitAsync();

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(result.Stderr).EndsWith(expected + "\n");
        await Assert.That(api.Requests.Count(r => r.Method == "POST")).IsEqualTo(writeMethod is null ? 0 : 1);
        if (!json) await Assert.That(result.Stdout).DoesNotContain("Check it with:").Because("this run is the wait: no 'check it / wait for it' lines");
    }

    [Test]
    public async Task Ctrl_c_in_the_claim_wait_prints_the_command_that_resumes_it()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        const string tokenPath = "/api/agent/oauth/token";
        api.Server.OnJson("POST", tokenPath, 400, """{"error":"authorization_pending"}""", times: int.MaxValue);

        await using var run = SignalledBinary.Start(["auth", "claim-status", "--claim-token", "ot_claim_pending1", "--wait", "--interval", "300"], api.Env);
        await run.UntilAsync(() => api.Requests.Any(r => r.Path == tokenPath), "the first claim poll");
        await Task.Delay(300);
        await run.SignalAsync("INT");
        var result = await run.ExitAsync();

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(result.Stderr).EndsWith("Stopped waiting; the claim is still pending. Check again (and wait) with: opentrain auth claim-status --wait\n");
    }
}
