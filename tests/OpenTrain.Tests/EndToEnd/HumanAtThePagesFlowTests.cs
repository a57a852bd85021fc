using System.Globalization;
using System.Text.Json.Nodes;
using OpenTrain.Tests.Commands.Webhooks;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.EndToEnd;

/// <summary>
/// Issue #25's end-to-end proof: the whole marketplace flow by the published binary, each step decided from the
/// previous command's <c>--json</c>, with the human acting only through the sandbox's pages (<see cref="HumanBrowser"/>):
/// the claim link the agent passed on, the pending approvals on the home page, and the Settings → API keys page whose
/// URL <c>auth status</c> gives after a 403 named the missing scope. Candidates applying and writing are the
/// marketplace's side, played by the emulator's control surface; the human never touches it.
/// </summary>
public class HumanAtThePagesFlowTests
{
    private const string OwnerEmail = "owner@example.com";

    [Test]
    [Timeout(600_000)]
    public async Task Register_to_a_second_funded_milestone_and_a_verified_webhook_with_the_human_only_at_the_pages(CancellationToken cancellationToken)
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var session = await SandboxSession.StartAsync();
        using var human = new HumanBrowser(session.Sandbox.BaseUrl);

        var claimedScopes = await RegisterAndClaimAtTheClaimPageAsync(session, human);
        var jobId = await session.PublishJobAsync();
        await Assert.That(session.Sandbox.Control.AddProposals(jobId, 2).Count).IsEqualTo(2);
        var proposalId = Text((await session.JsonAsync("proposals", "list", "--job-id", jobId))["proposals"]![0]!["id"]);

        var dueDate = DateTime.UtcNow.AddDays(60).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var hired = await WhileTheHumanConfirmsOnTheHomePageAsync(session, human,
            "proposals", "hire", proposalId, "--milestone-name", "First batch", "--amount", "300", "--due-date", dueDate);
        var contractId = Text(hired["result"]!["contractId"]);

        await LogInWithAKeyFromTheApiKeysPageAsync(session, human, contractId, claimedScopes);
        var milestone = (await session.JsonAsync("milestones", "create", contractId, "--name", "Second batch", "--description", "Next 2,000 tweets", "--amount", "120"))["milestone"]!;
        var milestoneId = Text(milestone["id"]);
        var funded = await WhileTheHumanConfirmsOnTheHomePageAsync(session, human, "milestones", "fund", milestoneId);
        await Assert.That(Text(funded["milestoneId"])).IsEqualTo(milestoneId);
        var milestones = (await session.JsonAsync("contracts", "get", contractId))["contract"]!["milestones"]!.AsArray();
        await Assert.That(milestones.Select(m => Text(m!["name"]))).IsEquivalentTo(["First batch", "Second batch"]);

        await AVerifiedWebhookDeliveryAsync(session, contractId);
    }

    /// <summary>The agent registers and starts the claim; the human opens the link it printed and types its code; the waiting agent gets the post-claim token.</summary>
    private static async Task<List<string>> RegisterAndClaimAtTheClaimPageAsync(SandboxSession session, HumanBrowser human)
    {
        await session.JsonAsync("auth", "register", "--agent-name", "Pages agent", "--org-name", "Pages Org");
        var claim = await session.JsonAsync("auth", "claim", "--email", OwnerEmail);
        await using var waiting = session.Start("auth", "claim-status", "--wait", "--interval", "0.1", "--timeout", "300", "--json");

        var page = await human.OpenAsync(Text(claim["verificationUri"]));
        await Assert.That(page.Text).Contains("Pages Org");
        var done = await human.SubmitAsync(page, fill: new Dictionary<string, string>
        {
            ["user_code"] = Text(claim["userCode"]),
            ["first_name"] = "Ana",
            ["last_name"] = "Ruiz",
        });
        await Assert.That(done.Text).Contains("Account claimed");

        var claimed = JsonNode.Parse((await waiting.ExitAsync(0)).Stdout)!;
        await Assert.That(Text(claimed["status"])).IsEqualTo("claimed");
        return Strings(claimed["scopes"]);
    }

    /// <summary>
    /// The agent's money write fails with 403 naming the scope; <c>auth status --json</c> lists the scopes to add per
    /// command and the page where a human makes keys; the human creates one there with the agent's scopes and the ones
    /// its next commands need, and copies the key shown once; the agent logs in with it from stdin.
    /// </summary>
    private static async Task LogInWithAKeyFromTheApiKeysPageAsync(SandboxSession session, HumanBrowser human, string contractId, List<string> claimedScopes)
    {
        var denied = await session.JsonAsync(1, "milestones", "create", contractId, "--name", "Second batch", "--description", "Next 2,000 tweets", "--amount", "120");
        await Assert.That(denied.ToJsonString()).Contains("\"code\":\"FORBIDDEN\"");
        var missing = Strings(denied["details"]!["requiredScopes"]);
        var access = (await session.JsonAsync("auth", "status"))["cliAccess"]!;
        // The agent asks once for everything its plan needs: the money write that failed, and webhooks next.
        var toAdd = access["scopesToAdd"]!.AsArray();
        await Assert.That(toAdd.Select(s => Text(s!["scope"]))).Contains(missing[0]);
        var wanted = toAdd.Where(s => Strings(s!["commands"]).Intersect(["milestones create", "webhooks create"]).Any()).Select(s => Text(s!["scope"])).ToList();
        await Assert.That(wanted).IsEquivalentTo(["payments:write", "webhooks:manage"]);
        var apiKeysUrl = Text(access["apiKeysUrl"]);
        await Assert.That(apiKeysUrl).StartsWith(session.Sandbox.BaseUrl.TrimEnd('/') + "/settings/api-keys");

        var page = await human.OpenAsync(apiKeysUrl);
        var created = await human.SubmitAsync(page,
            fill: new Dictionary<string, string> { ["name"] = "Pages agent, payments" },
            check: [("account", page.OptionLabelled("account", OwnerEmail)), .. claimedScopes.Union(wanted).Select(s => ("scope", s))]);
        var key = created.InputValue("secret");
        await Assert.That(created.Text).Contains("this is the only time it is shown");

        var login = await session.JsonWithStdinAsync(key, "auth", "login", "--api-key", "-");
        await Assert.That(Text(login["status"])).IsEqualTo("logged_in");
        await Assert.That(Strings(login["me"]!["token"]!["scopes"])).IsEquivalentTo(claimedScopes.Union(wanted));
    }

    /// <summary>
    /// Runs a command that hands the human an approval, with <c>--wait --json</c>; the human opens the sandbox's home
    /// page, follows the pending approval's link and presses Confirm. Returns the confirmed approval.
    /// </summary>
    private static async Task<JsonNode> WhileTheHumanConfirmsOnTheHomePageAsync(SandboxSession session, HumanBrowser human, params string[] args)
    {
        await using var waiting = session.Start([.. args, "--wait", "--interval", "0.1", "--timeout", "300", "--json"]);
        var home = await human.OpenAsync("/");
        for (var tries = 0; !home.Html.Contains("href=\"/approvals/", StringComparison.Ordinal); tries++)
        {
            if (tries > 300) throw new TimeoutException("no pending approval on the home page:\n" + home.Text);
            await Task.Delay(50);
            home = await human.OpenAsync("/");
        }
        var approvalPage = await human.OpenAsync(home.LinkTo("/approvals/"));
        var confirmed = await human.SubmitAsync(approvalPage, "confirm");
        await Assert.That(confirmed.Text).Contains("You confirmed this request");

        var approval = JsonNode.Parse((await waiting.ExitAsync(0)).Stdout)!["approval"]!;
        await Assert.That(Text(approval["status"])).IsEqualTo("confirmed");
        await Assert.That(approvalPage.Url.AbsolutePath).IsEqualTo("/approvals/" + Text(approval["id"]));
        return approval;
    }

    /// <summary>The agent subscribes a loopback receiver; a trainer's message is delivered to it, and <c>webhooks verify</c> accepts the delivery with the secret from create.</summary>
    private static async Task AVerifiedWebhookDeliveryAsync(SandboxSession session, string contractId)
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var created = await session.JsonAsync("webhooks", "create", "--url", receiver.Url, "--event", "message.received");
        var secret = Text(created["secret"]);

        var conversationId = Text((await session.JsonAsync("contracts", "get", contractId))["contract"]!["jobDmConversationId"]);
        session.Sandbox.Control.CandidateMessage(conversationId, "Batch two is labelled.");
        var delivery = (await receiver.WaitForAsync(1))[0];
        await Assert.That(delivery.Text).Contains("message.received");

        var payload = session.FilePath("delivery.json");
        await File.WriteAllBytesAsync(payload, delivery.Body);
        var verified = await session.JsonAsync("webhooks", "verify", "--secret", secret, "--signature", delivery.Signature, "--payload-file", payload);
        await Assert.That(verified["valid"]!.GetValue<bool>()).IsTrue();
    }

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    private static List<string> Strings(JsonNode? node) => [.. node!.AsArray().Select(Text)];
}
