using System.Diagnostics;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Robustness;

/// <summary>
/// Issue #24, round three: every <c>--wait</c> ends by <c>--timeout</c> whatever the server does (a 429
/// with <c>Retry-After: 999999</c>, a state that never resolves, a poll that stalls), a state that flips
/// back is never waited on again, and SIGTERM ends a wait or a follow exactly as SIGINT does (exit 130).
/// The published binary on the real clock: the only timing asserted is a generous hang guard.
/// </summary>
public class WaitHardeningTests
{
    private static readonly TimeSpan HangGuard = TimeSpan.FromSeconds(45);

    private static string Approval(string status) => $$"""{"approval":{{Fixtures.Approval("milestone_fund", status)}}}""";

    private static string TopUp(string status) => $$"""{"topUp":{{Fixtures.TopUp.Replace("PENDING", status, StringComparison.Ordinal)}}}""";

    /// <summary>The command line of each kind of wait, with the request it polls (and the write it starts with, sent once).</summary>
    private static (string[] Args, string? Write, string Poll) Wait(string command, ApiSession api, TestEnvironment env) => command switch
    {
        "approvals get" => (["approvals", "get", "ap_1"], null, "GET /api/public/v1/approvals/ap_1"),
        "credits top-up-status" => (["credits", "top-up-status", "tu_1"], null, "GET /api/public/v1/credits/top-ups/tu_1"),
        "milestones fund" => (["milestones", "fund", "ms_1"], "POST /api/public/v1/milestones/ms_1/fund", "GET /api/public/v1/approvals/ap_1"),
        "auth claim-status" => (["auth", "claim-status"], null, "POST /api/agent/oauth/token"),
        _ => throw new ArgumentOutOfRangeException(nameof(command)),
    };

    private static Dictionary<string, string> EnvFor(string command, ApiSession api, TestEnvironment env)
    {
        if (command != "auth claim-status") return api.Env;
        env.WriteCredentials($$"""{"apiToken":"{{Fixtures.PreClaimToken}}","claimToken":"{{Fixtures.ClaimToken}}","baseUrl":"{{api.Server.BaseUrl}}"}""");
        return env.Variables;
    }

    private static void StubWrite(ApiSession api, string command)
    {
        if (command == "milestones fund") api.Reply("POST", "/milestones/ms_1/fund", 202, Fixtures.Pending("milestone_fund", "Funding request recorded."));
    }

    private static StubResponse Pending(string command) => command switch
    {
        "credits top-up-status" => StubResponse.Json(200, TopUp("PENDING")),
        "auth claim-status" => StubResponse.Json(400, Fixtures.OAuthError("authorization_pending")),
        _ => StubResponse.Json(200, Approval("pending")),
    };

    private static string PathOf(string poll) => poll[(poll.IndexOf(' ') + 1)..];

    private static string Method(string poll) => poll[..poll.IndexOf(' ')];

    private static async Task<(CliResult Result, TimeSpan Took)> TimedRunAsync(string[] args, IReadOnlyDictionary<string, string> env)
    {
        var watch = Stopwatch.StartNew();
        var result = await PublishedBinary.RunAsync(args, env, timeout: HangGuard);
        Console.WriteLine($"opentrain {string.Join(' ', args)}: exit {result.ExitCode} after {watch.Elapsed.TotalSeconds:0.0} s");
        return (result, watch.Elapsed);
    }

    [Test]
    [Arguments("approvals get", false)]
    [Arguments("approvals get", true)]
    [Arguments("credits top-up-status", false)]
    [Arguments("milestones fund", true)]
    [Arguments("auth claim-status", false)]
    public async Task A_429_with_retry_after_999999_ends_by_the_timeout_with_exit_1(string command, bool json)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        using var env = new TestEnvironment();
        var (args, write, poll) = Wait(command, api, env);
        StubWrite(api, command);
        api.Server.On(Method(poll), PathOf(poll),
            StubResponse.Json(429, Fixtures.Envelope("Too many requests", "RATE_LIMITED")) with { Headers = new Dictionary<string, string> { ["Retry-After"] = "999999" } },
            times: int.MaxValue);

        var (result, took) = await TimedRunAsync([.. args, "--wait", "--timeout", "3", "--interval", "0.5", .. json ? new[] { "--json" } : []], EnvFor(command, api, env));

        // The Retry-After is reported, never obeyed: the wait backs off 0.5, 1, 2 s and gives up before the 3 s deadline.
        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).EndsWith("OpenTrain API request failed (429 RATE_LIMITED): Too many requests\nRetry after 999999 s.\n");
        await Assert.That(api.Requests.Count(r => $"{r.Method} {r.Path}" == poll)).IsEqualTo(3);
        await Assert.That(api.Requests.Count(r => $"{r.Method} {r.Path}" == write)).IsEqualTo(write is null ? 0 : 1);
        if (json) await Assert.That(result.Stdout).EndsWith("\"code\": \"RATE_LIMITED\",\n  \"requestId\": \"req_1\"\n}\n");
        await Assert.That(took).IsLessThan(HangGuard);
    }

    [Test]
    [Arguments("approvals get", "Error: approval ap_1 was still pending after 2 s. Keep waiting: opentrain approvals get ap_1 --wait")]
    [Arguments("credits top-up-status", "Error: top-up tu_1 was still unpaid after 2 s. Keep waiting: opentrain credits top-up-status tu_1 --wait")]
    [Arguments("milestones fund", "Error: approval ap_1 was still pending after 2 s. Keep waiting: opentrain approvals get ap_1 --wait")]
    [Arguments("auth claim-status", "Error: the claim was not completed within 2 s. Run 'opentrain auth claim-status --wait' to keep waiting, or 'opentrain auth claim --email <email>' to send a new code.")]
    public async Task A_state_that_never_resolves_times_out_with_exit_1_and_code_TIMEOUT(string command, string error)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        using var env = new TestEnvironment();
        var (args, write, poll) = Wait(command, api, env);
        StubWrite(api, command);
        api.Server.On(Method(poll), PathOf(poll), Pending(command), times: int.MaxValue);

        var (result, _) = await TimedRunAsync([.. args, "--wait", "--timeout", "2", "--interval", "0.25", "--json"], EnvFor(command, api, env));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).EndsWith(error + "\n");
        await Assert.That(result.Stdout).EndsWith("\"code\": \"TIMEOUT\"\n}\n");
        await Assert.That(api.Requests.Count(r => $"{r.Method} {r.Path}" == poll)).IsGreaterThan(1);
        await Assert.That(api.Requests.Count(r => $"{r.Method} {r.Path}" == write)).IsEqualTo(write is null ? 0 : 1);
        // A claim that timed out keeps its claim token for the next try.
        if (command == "auth claim-status") await Assert.That(env.ReadCredentials()).Contains(Fixtures.ClaimToken);
    }

    /// <summary>
    /// A poll that never answers (headers never come): the wait still ends at its deadline. It used to take
    /// one GET's three 30 s attempts (91.6 s measured for <c>--timeout 3</c>).
    /// </summary>
    [Test]
    [Arguments("approvals get")]
    [Arguments("credits top-up-status")]
    [Arguments("milestones fund")]
    public async Task A_poll_that_stalls_is_cut_at_the_deadline(string command)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        using var env = new TestEnvironment();
        var (args, write, poll) = Wait(command, api, env);
        StubWrite(api, command);
        api.Server.On(Method(poll), PathOf(poll), Pending(command) with { Delay = TimeSpan.FromMinutes(10) }, times: int.MaxValue);

        var (result, took) = await TimedRunAsync([.. args, "--wait", "--timeout", "3", "--json"], EnvFor(command, api, env));

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stdout).EndsWith("\"code\": \"TIMEOUT\"\n}\n");
        await Assert.That(result.Stderr).Contains(command == "credits top-up-status" ? "was still unpaid after 3 s" : "was still pending after 3 s");
        await Assert.That(api.Requests.Count(r => $"{r.Method} {r.Path}" == poll)).IsEqualTo(1);
        await Assert.That(api.Requests.Count(r => $"{r.Method} {r.Path}" == write)).IsEqualTo(write is null ? 0 : 1);
        // 3 s plus start-up; the bound only tells a cut from the 30 s attempt timeout.
        await Assert.That(took).IsLessThan(TimeSpan.FromSeconds(25));
    }

    /// <summary>The first answer that is not pending ends the wait: a flip back to pending afterwards is never polled.</summary>
    [Test]
    [Arguments("approvals get", "confirmed", 0)]
    [Arguments("milestones fund", "confirmed", 0)]
    [Arguments("approvals get", "declined", 1)]
    [Arguments("credits top-up-status", "COMPLETED", 0)]
    public async Task A_state_that_flips_back_to_pending_ends_the_wait_at_its_first_resolution(string command, string resolved, int exitCode)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var api = await ApiSession.StartAsync();
        using var env = new TestEnvironment();
        var (args, write, poll) = Wait(command, api, env);
        StubWrite(api, command);
        var resolvedBody = command == "credits top-up-status" ? TopUp(resolved) : Approval(resolved);
        api.Server.On(Method(poll), PathOf(poll), Pending(command), times: 2)
            .On(Method(poll), PathOf(poll), StubResponse.Json(200, resolvedBody))
            .On(Method(poll), PathOf(poll), Pending(command), times: int.MaxValue);

        var (result, _) = await TimedRunAsync([.. args, "--wait", "--timeout", "20", "--interval", "0.2", "--json"], EnvFor(command, api, env));

        await Assert.That(result.ExitCode).IsEqualTo(exitCode);
        await Assert.That(result.Stdout).Contains($"\"status\": \"{resolved}\"");
        await Assert.That(result.Stdout).DoesNotContain("\"status\": \"pending\"");
        await Assert.That(api.Requests.Count(r => $"{r.Method} {r.Path}" == poll)).IsEqualTo(3);
        await Assert.That(api.Requests.Count(r => $"{r.Method} {r.Path}" == write)).IsEqualTo(write is null ? 0 : 1);
    }

    /// <summary>
    /// SIGTERM (what <c>timeout</c>, <c>docker stop</c>, systemd and CI runners send) is SIGINT: exit 130, the same
    /// stdout and stderr, the write sent once, the cursor saved; shown for each kind of wait and for a follow.
    /// </summary>
    [Test]
    [Arguments("approvals get", false)]
    [Arguments("approvals get", true)]
    [Arguments("milestones fund", false)]
    [Arguments("milestones fund", true)]
    [Arguments("auth claim-status", false)]
    [Arguments("updates poll --follow", true)]
    public async Task Sigterm_ends_a_wait_or_a_follow_exactly_as_sigint_does(string command, bool json)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        var outcomes = new List<(CliResult Result, int Requests, string? Cursor, string? Credentials)>();
        foreach (var signal in new[] { "INT", "TERM" })
        {
            await using var api = await ApiSession.StartAsync();
            using var env = new TestEnvironment();
            var cursorFile = System.IO.Path.Combine(env.Root, "cursor");
            string[] args;
            string poll;
            if (command == "updates poll --follow")
            {
                args = ["updates", "poll", "--follow", "--cursor-file", cursorFile];
                poll = "GET /api/public/v1/updates";
                api.Server.OnJson("GET", "/api/public/v1/updates", 200,
                    """{"events":[{"id":"1042","type":"proposal.received","apiVersion":"v1","createdAt":"2026-06-12T10:00:00.000Z","resourceId":"prop_1","jobId":"job_1","data":{"proposalId":"prop_1","jobId":"job_1"}}],"nextCursor":"1042","hasMore":false}""");
            }
            else
            {
                (args, _, poll) = Wait(command, api, env);
                args = [.. args, "--wait"];
                StubWrite(api, command);
                api.Server.On(Method(poll), PathOf(poll), Pending(command), times: int.MaxValue);
            }
            await using var run = SignalledBinary.Start([.. args, "--interval", "300", .. json ? new[] { "--json" } : []], EnvFor(command, api, env));
            // Signalled while it sleeps before its second poll (300 s away): after the first poll was answered
            // and handled (its announcement printed, its batch saved).
            await run.UntilAsync(() => api.Requests.Any(r => $"{r.Method} {r.Path}" == poll), "the first poll");
            if (command == "approvals get") await run.UntilAsync(() => run.ErrorLines.Any(l => l.StartsWith("Waiting for a signed-in human", StringComparison.Ordinal)), "the approval URL");
            if (command == "updates poll --follow") await run.UntilAsync(() => File.Exists(cursorFile), "the saved cursor");
            await Task.Delay(300);
            await run.SignalAsync(signal);
            var result = await run.ExitAsync();
            outcomes.Add((result, api.Requests.Count, File.Exists(cursorFile) ? File.ReadAllText(cursorFile) : null, env.ReadCredentials()?.Replace(api.Server.BaseUrl, "<url>", StringComparison.Ordinal)));
        }

        var (sigint, sigterm) = (outcomes[0], outcomes[1]);
        await Assert.That(sigint.Result.ExitCode).IsEqualTo(130);
        await Assert.That(sigterm.Result.ExitCode).IsEqualTo(130);
        await Assert.That(sigterm.Result.Stdout).IsEqualTo(sigint.Result.Stdout);
        await Assert.That(sigterm.Result.Stderr).IsEqualTo(sigint.Result.Stderr);
        await Assert.That(sigterm.Requests).IsEqualTo(sigint.Requests);
        await Assert.That(sigterm.Cursor).IsEqualTo(sigint.Cursor);
        await Assert.That(sigterm.Credentials).IsEqualTo(sigint.Credentials);
        if (json && command != "updates poll --follow") await Assert.That(sigterm.Result.Stdout).EndsWith("{\n  \"error\": \"interrupted\",\n  \"code\": \"INTERRUPTED\"\n}\n");
        if (command == "updates poll --follow") await Assert.That(sigterm.Cursor).IsEqualTo("1042\n");
        await Assert.That(sigterm.Result.AllOutput).DoesNotContain("   at ");
    }
}
