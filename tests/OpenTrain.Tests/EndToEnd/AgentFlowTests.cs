using System.Globalization;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Control;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.EndToEnd;

/// <summary>
/// Issue #14's agent flow as an agent runs it: the published binary against the emulator, each next
/// step decided from the previous command's <c>--json</c> stdout only (never its human text or
/// stderr). The human's parts (the claim, approvals, a token with <c>payments:write</c>) go through
/// the emulator's control surface, as a person would in the browser. docs/agents.md points here.
/// </summary>
public class AgentFlowTests
{
    private const string OwnerEmail = "owner@example.com";

    [Test]
    [Timeout(600_000)]
    public async Task Register_to_funded_milestone_then_follow_the_feed_across_a_restart_from_json_alone(CancellationToken cancellationToken)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var session = await SandboxSession.StartAsync();

        var claimedScopes = await RegisterAndClaimAsync(session);
        var jobId = await DraftUntilReadyAndPublishAsync(session);
        var proposalId = await PickTheBestInterviewAsync(session, jobId);
        var contractId = await HireAsync(session, proposalId);
        var accountId = await CreateMilestoneWithAHumanTokenAsync(session, contractId, claimedScopes);
        await FollowTheFeedAcrossARestartAsync(session, contractId, accountId);
    }

    /// <summary>register → claim → (the human completes it while the agent waits) → the post-claim scopes.</summary>
    private static async Task<List<string>> RegisterAndClaimAsync(SandboxSession session)
    {
        var registered = await session.JsonAsync("auth", "register", "--agent-name", "Agent flow", "--org-name", "Agent Flow Org");
        await Assert.That(Text(registered["status"])).IsEqualTo("registered");
        await Assert.That(Strings(registered["scopes"])).DoesNotContain("proposals:write");

        var claim = await session.JsonAsync("auth", "claim", "--email", OwnerEmail);
        await Assert.That(Text(claim["status"])).IsEqualTo("claim_started");
        var status = await session.JsonAsync("auth", "claim-status");
        await Assert.That(Text(status["status"])).IsEqualTo("pending");

        var control = session.Sandbox.Control;
        int TokenPolls() => control.Requests().Count(r => r.Path == "/api/agent/oauth/token");
        var polledBefore = TokenPolls();
        await using var waiting = session.Start("auth", "claim-status", "--wait", "--interval", "0.1", "--timeout", "300", "--json");
        await waiting.UntilAsync(() => TokenPolls() > polledBefore, "a claim poll");
        // The human opens the verification link and types the code the agent passed on.
        control.CompleteClaim(userCode: Text(claim["userCode"]));
        var claimed = JsonOf(await waiting.ExitAsync(0));
        await Assert.That(Text(claimed["status"])).IsEqualTo("claimed");
        var scopes = Strings(claimed["scopes"]);
        await Assert.That(scopes).Contains("proposals:write");
        return scopes;
    }

    /// <summary>Fills each missing field with the draft's own example until it is publish-ready, then publishes.</summary>
    private static async Task<string> DraftUntilReadyAndPublishAsync(SandboxSession session)
    {
        var brief = session.WriteFile("brief.txt", "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets for sentiment. Pay: $0.06 per label.\n");
        var draft = await session.JsonAsync("jobs", "draft", "create", "--description-file", brief, "--idempotency-key", "agent-flow-1");
        var jobId = Text(draft["jobId"]);
        var validation = draft["validation"]!;
        await Assert.That(validation["publishReady"]!.GetValue<bool>()).IsFalse();
        for (var round = 1; !validation["publishReady"]!.GetValue<bool>(); round++)
        {
            if (round > 5) throw new InvalidOperationException($"draft {jobId} still not publish-ready: {validation.ToJsonString()}");
            string[] sets = [.. validation["missingFields"]!.AsArray().SelectMany(f => new[] { "--set", $"{Text(f!["field"])}={Text(f["example"])}" })];
            validation = (await session.JsonAsync(["jobs", "draft", "update", jobId, .. sets]))["validation"]!;
        }

        var published = await session.JsonAsync("jobs", "publish", jobId);
        await Assert.That(Text(published["jobId"])).IsEqualTo(jobId);
        await Assert.That(published["alreadyPublished"]!.GetValue<bool>()).IsFalse();
        return jobId;
    }

    /// <summary>More candidates apply; the agent reads the list, then the top-scored candidate's interview.</summary>
    private static async Task<string> PickTheBestInterviewAsync(SandboxSession session, string jobId)
    {
        await Assert.That(session.Sandbox.Control.AddProposals(jobId, 2).Count).IsEqualTo(2);
        var proposals = (await session.JsonAsync("proposals", "list", "--job-id", jobId))["proposals"]!.AsArray();
        await Assert.That(proposals.Count).IsGreaterThanOrEqualTo(2);
        var best = proposals.MaxBy(p => p!["metrics"]!["interviewScore"]!.GetValue<double>())!;
        var proposalId = Text(best["id"]);

        var interview = (await session.JsonAsync("proposals", "interview", proposalId))["interview"]!;
        await Assert.That(Text(interview["proposalId"])).IsEqualTo(proposalId);
        await Assert.That(interview["score"]!.GetValue<double>()).IsEqualTo(best["metrics"]!["interviewScore"]!.GetValue<double>());
        await Assert.That(interview["messages"]!.AsArray().Count).IsGreaterThan(0);
        return proposalId;
    }

    /// <summary><c>proposals hire --wait</c>: the human confirms while the CLI waits; the contract id comes from the final approval.</summary>
    private static async Task<string> HireAsync(SandboxSession session, string proposalId)
    {
        var dueDate = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var approval = await WaitWhileTheHumanConfirmsAsync(session, a => Text(a["proposalId"]) == proposalId,
            "proposals", "hire", proposalId, "--milestone-name", "First batch", "--amount", "300", "--due-date", dueDate);
        await Assert.That(Text(approval["proposalId"])).IsEqualTo(proposalId);
        return Text(approval["result"]!["contractId"]);
    }

    /// <summary>
    /// The post-claim token cannot create milestones: the failure document names the missing scope; a
    /// human creates a token with it, the agent logs in with it from stdin, creates and funds a milestone.
    /// Returns the emulator account the human's token belongs to.
    /// </summary>
    private static async Task<string> CreateMilestoneWithAHumanTokenAsync(SandboxSession session, string contractId, List<string> claimedScopes)
    {
        var contract = (await session.JsonAsync("contracts", "get", contractId))["contract"]!;
        string[] size = Text(contract["paymentType"]) == "FIXED_PRICE" ? ["--amount", "200"] : ["--volume", "5000"];
        string[] create = ["milestones", "create", contractId, "--name", "Second batch", "--description", "Next 5,000 tweets", .. size];

        var denied = await session.JsonAsync(1, create);
        await Assert.That(Text(denied["code"])).IsEqualTo("FORBIDDEN");
        var missing = Strings(denied["details"]!["requiredScopes"]);
        await Assert.That(missing).IsEquivalentTo(["payments:write"]);

        // The human, signed in to the app as the owner, creates a token with the scopes the agent asked for.
        var minted = session.Sandbox.Control.MintToken([.. claimedScopes.Union(missing)], email: OwnerEmail);
        var login = await session.JsonWithStdinAsync(minted.Token, "auth", "login", "--api-key", "-");
        await Assert.That(Text(login["status"])).IsEqualTo("logged_in");
        await Assert.That(Strings(login["me"]!["token"]!["scopes"])).Contains("payments:write");

        var milestoneId = Text((await session.JsonAsync(create))["milestone"]!["id"]);
        var funded = await WaitWhileTheHumanConfirmsAsync(session, a => Text(a["milestoneId"]) == milestoneId, "milestones", "fund", milestoneId);
        await Assert.That(Text(funded["milestoneId"])).IsEqualTo(milestoneId);
        return minted.AccountId;
    }

    /// <summary>
    /// <c>updates poll --follow</c> with a cursor file, interrupted while a poll is in flight and
    /// restarted after more events arrived: the two runs together print every event of the account
    /// once, in order, each exactly as the feed has it.
    /// </summary>
    private static async Task FollowTheFeedAcrossARestartAsync(SandboxSession session, string contractId, string accountId)
    {
        var control = session.Sandbox.Control;
        var conversationId = Text((await session.JsonAsync("contracts", "get", contractId))["contract"]!["jobDmConversationId"]);
        var cursorFile = session.FilePath("updates.cursor");
        // A small page, so catching up takes several batches (each saving the cursor).
        string[] follow = ["updates", "poll", "--follow", "--json", "--cursor-file", cursorFile, "--interval", "0.1", "--limit", "3"];

        List<JsonObject> first;
        await using (var run = session.Start(follow))
        {
            var existing = EventsOf(control, accountId).Count;
            await run.UntilAsync(() => run.Lines.Count >= existing, "the events so far");
            // The next poll is held in flight, a message from the trainer arrives meanwhile, and Ctrl-C lands mid-request.
            control.AddFault(new FaultSpec { Method = "GET", Path = "/api/public/v1/updates", DelayMs = 120_000 });
            control.CandidateMessage(conversationId, "Batch one is labelled.");
            await run.UntilAsync(() => control.Faults().Count == 0, "a poll held in flight");
            await run.InterruptAsync();
            first = NdjsonEvents(await run.ExitAsync(130));
        }
        await Assert.That(first.Count).IsGreaterThan(3);
        await Assert.That(File.ReadAllText(cursorFile).Trim()).IsEqualTo(Text(first[^1]["id"]));

        control.CandidateMessage(conversationId, "Starting batch two.");
        var expected = EventsOf(control, accountId);

        List<JsonObject> second;
        await using (var run = session.Start(follow))
        {
            await run.UntilAsync(() => first.Count + run.Lines.Count >= expected.Count, "the remaining events");
            await run.InterruptAsync();
            second = NdjsonEvents(await run.ExitAsync(130));
        }

        await Assert.That(long.Parse(Text(second[0]["id"]), CultureInfo.InvariantCulture)).IsGreaterThan(long.Parse(Text(first[^1]["id"]), CultureInfo.InvariantCulture));
        var printed = first.Concat(second).ToList();
        await Assert.That(printed.Select(e => Text(e["id"])).Distinct().Count()).IsEqualTo(printed.Count);
        await Assert.That(string.Join(' ', printed.Select(e => Text(e["id"])))).IsEqualTo(string.Join(' ', expected.Select(e => Text(e["id"]))));
        await Assert.That(printed.Zip(expected).All(pair => JsonNode.DeepEquals(pair.First, pair.Second))).IsTrue();
        await Assert.That(EventsOf(control, accountId).Count).IsEqualTo(expected.Count);
    }

    /// <summary>
    /// Runs a command that hands a human an approval with <c>--wait --json</c>; once the approval shows
    /// up in the human's app, the human confirms it. Returns the confirmed approval of the final body.
    /// </summary>
    private static async Task<JsonNode> WaitWhileTheHumanConfirmsAsync(SandboxSession session, Func<JsonNode, bool> isTheApproval, params string[] args)
    {
        var control = session.Sandbox.Control;
        await using var waiting = session.Start([.. args, "--wait", "--interval", "0.1", "--timeout", "300", "--json"]);
        JsonNode? pending = null;
        await waiting.UntilAsync(() => (pending = control.Approvals("pending").FirstOrDefault(a => isTheApproval(a!))) is not null, "a pending approval");
        var approvalId = Text(pending!["id"]);
        control.ConfirmApproval(approvalId);

        var approval = JsonOf(await waiting.ExitAsync(0))["approval"]!;
        await Assert.That(Text(approval["id"])).IsEqualTo(approvalId);
        await Assert.That(Text(approval["status"])).IsEqualTo("confirmed");
        return approval;
    }

    /// <summary>The emulator's own list of the account's events, shaped as the feed sends them.</summary>
    private static List<JsonObject> EventsOf(SandboxControl control, string accountId) =>
        [.. control.Events(accountId).Select(e =>
        {
            var feedEvent = e!.AsObject();
            feedEvent.Remove("accountId");
            return feedEvent;
        })];

    private static List<JsonObject> NdjsonEvents(CliResult result) =>
        [.. result.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonNode.Parse(line)!.AsObject())];

    private static JsonObject JsonOf(CliResult result) => JsonNode.Parse(result.Stdout)!.AsObject();

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    private static List<string> Strings(JsonNode? node) => [.. node!.AsArray().Select(Text)];
}
