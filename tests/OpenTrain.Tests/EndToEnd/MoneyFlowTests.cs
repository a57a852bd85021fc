using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.EndToEnd;

/// <summary>
/// Hire → confirm → milestone create → fund → confirm → approve → confirm → updates poll, with the
/// published binary against the emulator; the human's confirmations go through its control surface.
/// </summary>
public class MoneyFlowTests
{
    [Test]
    public async Task Every_money_move_waits_for_a_human_and_the_feed_shows_each_event_in_order()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var session = await SandboxSession.StartAsync();
        await session.RegisterAndClaimAsync();
        var jobId = await session.PublishJobAsync();
        var proposalId = (await session.JsonAsync("proposals", "list", jobId))["proposals"]!.AsArray()[0]!["id"]!.GetValue<string>();

        var hire = await session.RunAsync("proposals", "hire", proposalId, "--milestone-name", "First batch", "--amount", "300", "--due-date", "2026-12-31");
        var hireApproval = ApprovalIdFrom(hire.Stdout);
        await Assert.That(hire.Stdout).Contains($"/approvals/{hireApproval}\n");
        await Assert.That((await session.JsonAsync("approvals", "get", hireApproval))["approval"]!["status"]!.GetValue<string>()).IsEqualTo("pending");
        session.Sandbox.Control.ConfirmApproval(hireApproval);
        var confirmedHire = await session.JsonAsync("approvals", "get", hireApproval);
        await Assert.That(confirmedHire["approval"]!["status"]!.GetValue<string>()).IsEqualTo("confirmed");
        var contractId = confirmedHire["approval"]!["result"]!["contractId"]!.GetValue<string>();

        // Money scopes are minted by a human in the app, then handed to the CLI.
        var humanToken = session.Sandbox.Control.MintToken(
            ["jobs:read", "jobs:write", "proposals:read", "proposals:write", "messages:read", "messages:write", "payments:read", "payments:write", "team:read", "team:write", "webhooks:manage"],
            bearerToken: session.SavedToken()).Token;
        await session.RunAsync("auth", "login", "--api-key", humanToken);

        var contract = await session.RunAsync("contracts", "get", contractId);
        await Assert.That(contract.Stdout).Contains(contractId);
        var milestone = await session.JsonAsync("milestones", "create", contractId, "--name", "Second batch", "--description", "Next 5,000 tweets", "--volume", "5000");
        var milestoneId = milestone["milestone"]!["id"]!.GetValue<string>();

        var fund = await session.RunAsync("milestones", "fund", milestoneId);
        var fundApproval = ApprovalIdFrom(fund.Stdout);
        session.Sandbox.Control.ConfirmApproval(fundApproval);
        var release = await session.RunAsync("milestones", "approve", milestoneId);
        var releaseApproval = ApprovalIdFrom(release.Stdout);
        session.Sandbox.Control.ConfirmApproval(releaseApproval);
        var released = await session.JsonAsync("approvals", "get", releaseApproval);
        await Assert.That(released["approval"]!["status"]!.GetValue<string>()).IsEqualTo("confirmed");

        var feed = await session.JsonAsync("updates", "poll", "--limit", "200");
        var events = feed["events"]!.AsArray().Select(e => e!.AsObject()).ToList();
        var ids = events.Select(e => long.Parse(e["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await Assert.That(ids).IsOrderedBy(i => i);
        int IndexOf(string type, string approvalId = "") => events.FindIndex(e => e["type"]!.GetValue<string>() == type
            && (approvalId.Length == 0 || e["data"]?["approvalId"]?.GetValue<string>() == approvalId));
        await Assert.That(IndexOf("proposal.received")).IsGreaterThanOrEqualTo(0);
        await Assert.That(IndexOf("approval.confirmed", hireApproval)).IsGreaterThan(IndexOf("proposal.received"));
        await Assert.That(IndexOf("contract.created")).IsGreaterThan(IndexOf("proposal.received"));
        await Assert.That(IndexOf("approval.confirmed", fundApproval)).IsGreaterThan(IndexOf("approval.confirmed", hireApproval));
        await Assert.That(IndexOf("approval.confirmed", releaseApproval)).IsGreaterThan(IndexOf("approval.confirmed", fundApproval));
        await Assert.That(IndexOf("milestone.status_changed")).IsGreaterThan(IndexOf("contract.created"));

        var human = await session.RunAsync("updates", "poll", "--limit", "200");
        var positions = ids.Select(id => human.Stdout.IndexOf($"\n{id} ", StringComparison.Ordinal)).ToList();
        await Assert.That(positions.All(p => p > 0)).IsTrue();
        await Assert.That(positions).IsOrderedBy(p => p);
    }

    private static string ApprovalIdFrom(string stdout)
    {
        const string Marker = "opentrain approvals get ";
        var at = stdout.LastIndexOf("Check it with:", StringComparison.Ordinal);
        at = stdout.IndexOf(Marker, at, StringComparison.Ordinal);
        return stdout[(at + Marker.Length)..].Split('\n')[0].Trim();
    }
}
