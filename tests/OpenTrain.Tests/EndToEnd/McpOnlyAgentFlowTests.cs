using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenTrain.Sandbox;
using OpenTrain.Tests.Commands.Webhooks;
using OpenTrain.Tests.Mcp;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.EndToEnd;

/// <summary>
/// Issue #25's MCP end-to-end proof: an agent that only has the published binary's MCP server (<c>opentrain mcp</c>
/// over stdio) runs the whole marketplace flow, each step decided from the previous tool result's
/// <c>structuredContent</c>, while the human acts only through the sandbox's pages (<see cref="HumanBrowser"/>). No
/// result on the way, errors included, names a CLI command or flag (<see cref="CliWords"/>).
/// </summary>
public class McpOnlyAgentFlowTests
{
    private const string OwnerEmail = "owner@example.com";

    [Test]
    [Timeout(600_000)]
    public async Task Register_to_a_second_funded_milestone_and_a_verified_webhook_by_tools_alone(CancellationToken cancellationToken)
    {
        if (PublishedBinary.Path is null) Skip.Test(McpStdioProcess.SkipReason);
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { ClaimPollIntervalSeconds = 0 }, cancellationToken);
        using var env = new TestEnvironment();
        await using var mcp = await McpStdioProcess.StartAsync(env: new Dictionary<string, string>(env.Variables) { ["OPENTRAIN_API_BASE_URL"] = sandbox.BaseUrl });
        using var human = new HumanBrowser(sandbox.BaseUrl);
        var agent = new ToolCalls(mcp);

        // Register, and the human claims the account from the link and code the agent passes on.
        await agent.CallAsync("opentrain_register_agent", new JsonObject { ["agentName"] = "MCP agent", ["organizationName"] = "MCP Org" });
        var claim = Data(await agent.CallAsync("opentrain_claim_account", new JsonObject { ["email"] = OwnerEmail }));
        var claimPage = await human.OpenAsync(Text(claim["verificationUri"]));
        await human.SubmitAsync(claimPage, fill: new Dictionary<string, string> { ["user_code"] = Text(claim["userCode"]), ["first_name"] = "Ana" });
        var claimed = Data(await agent.CallAsync("opentrain_claim_status"));
        await Assert.That(Text(claimed["status"])).IsEqualTo("claimed");
        var claimedScopes = Strings(claimed["scopes"]);

        // Draft until publish-ready (each missing field from its own example), publish, pick a candidate, hire.
        var draft = Data(await agent.CallAsync("opentrain_create_job_draft", new JsonObject
        {
            ["jobDescription"] = "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets for sentiment. Pay: $0.06 per label.\n",
            ["idempotencyKey"] = "mcp-flow-1",
        }));
        var jobId = Text(draft["jobId"]);
        var validation = draft["validation"]!;
        for (var round = 1; !validation["publishReady"]!.GetValue<bool>(); round++)
        {
            if (round > 5) throw new InvalidOperationException($"draft {jobId} still not publish-ready: {validation.ToJsonString()}");
            var fields = new JsonObject();
            foreach (var missing in validation["missingFields"]!.AsArray()) fields[Text(missing!["field"])] = Text(missing["example"]);
            validation = Data(await agent.CallAsync("opentrain_update_job_draft_fields", new JsonObject { ["jobId"] = jobId, ["fields"] = fields }))["validation"]!;
        }
        await agent.CallAsync("opentrain_publish_job", new JsonObject { ["jobId"] = jobId });
        sandbox.Control.AddProposals(jobId, 2);
        var proposalId = Text(Data(await agent.CallAsync("opentrain_list_proposals", new JsonObject { ["jobId"] = jobId }))["proposals"]![0]!["id"]);
        var hire = Data(await agent.CallAsync("opentrain_hire_proposal", new JsonObject
        {
            ["proposalId"] = proposalId,
            ["milestone"] = new JsonObject { ["name"] = "First batch", ["amount"] = 300 },
        }));
        var hired = await ConfirmedAtTheApprovalPageAsync(agent, human, Text(hire["approval"]!["id"]));
        var contractId = Text(hired["result"]!["contractId"]);

        // The money write is refused for a missing scope; the human makes a key on the API-keys page the hint names; the agent logs in with it.
        var milestoneArgs = new JsonObject { ["contractId"] = contractId, ["name"] = "Second batch", ["description"] = "Next 2,000 tweets", ["amount"] = 120 };
        var denied = await agent.CallAsync("opentrain_create_milestone", milestoneArgs.DeepClone().AsObject());
        await Assert.That(denied["isError"]!.GetValue<bool>()).IsTrue();
        // Each refusal names its scope; the webhook the agent plans needs one too. The hint says where a human makes keys.
        var refusedWebhook = await agent.CallAsync("opentrain_create_webhook", new JsonObject { ["url"] = "http://127.0.0.1:9/hook", ["eventTypes"] = new JsonArray("message.received") });
        string[] wanted = [.. Strings(Data(denied)["error"]!["details"]!["requiredScopes"]), .. Strings(Data(refusedWebhook)["error"]!["details"]!["requiredScopes"])];
        await Assert.That(wanted).IsEquivalentTo(["payments:write", "webhooks:manage"]);
        var apiKeysUrl = Regex.Match(ResultText(denied), @"http://\S+/settings/api-keys").Value;
        await Assert.That(apiKeysUrl).IsEqualTo(sandbox.BaseUrl.TrimEnd('/') + "/settings/api-keys");
        var keysPage = await human.OpenAsync(apiKeysUrl);
        var created = await human.SubmitAsync(keysPage, fill: new Dictionary<string, string> { ["name"] = "MCP agent, payments" },
            check: [("account", keysPage.OptionLabelled("account", OwnerEmail)), .. claimedScopes.Union(wanted).Select(s => ("scope", s))]);
        var key = created.InputValue("secret");
        var login = await agent.CallAsync("opentrain_login", new JsonObject { ["apiKey"] = key });
        await Assert.That(login["isError"]!.GetValue<bool>()).IsFalse();
        await Assert.That(login.ToJsonString()).DoesNotContain(key);

        // The second milestone, funded once the human confirms.
        var milestoneId = Text(Data(await agent.CallAsync("opentrain_create_milestone", milestoneArgs))["milestone"]!["id"]);
        var fund = Data(await agent.CallAsync("opentrain_request_milestone_funding", new JsonObject { ["milestoneId"] = milestoneId }));
        var funded = await ConfirmedAtTheApprovalPageAsync(agent, human, Text(fund["approval"]!["id"]));
        await Assert.That(Text(funded["milestoneId"])).IsEqualTo(milestoneId);
        var contract = Data(await agent.CallAsync("opentrain_get_contract", new JsonObject { ["contractId"] = contractId }))["contract"]!;
        await Assert.That(contract["milestones"]!.AsArray().Select(m => Text(m!["name"]))).IsEquivalentTo(["First batch", "Second batch"]);

        // A webhook: a trainer's message reaches a loopback receiver, and the agent verifies its signature.
        await using var receiver = await WebhookReceiver.StartAsync();
        var webhook = Data(await agent.CallAsync("opentrain_create_webhook", new JsonObject { ["url"] = receiver.Url, ["eventTypes"] = new JsonArray("message.received") }));
        sandbox.Control.CandidateMessage(Text(contract["jobDmConversationId"]), "Batch two is labelled.");
        var delivery = (await receiver.WaitForAsync(1))[0];
        var verified = Data(await agent.CallAsync("opentrain_verify_webhook_signature", new JsonObject
        {
            ["secret"] = Text(webhook["secret"]),
            ["signature"] = delivery.Signature,
            ["payload"] = delivery.Text,
        }));
        await Assert.That(verified["valid"]!.GetValue<bool>()).IsTrue();

        await Assert.That(agent.Offenders).IsEmpty().Because(string.Join("\n\n", agent.Offenders));
        await Assert.That(sandbox.Control.Requests().Count(r => r.Method == "POST" && r.Path.EndsWith("/fund", StringComparison.Ordinal))).IsEqualTo(1);
    }

    /// <summary>The human opens the approval from the sandbox's home page and confirms; the agent reads it until it is no longer pending.</summary>
    private static async Task<JsonNode> ConfirmedAtTheApprovalPageAsync(ToolCalls agent, HumanBrowser human, string approvalId)
    {
        var pending = Data(await agent.CallAsync("opentrain_get_approval", new JsonObject { ["approvalId"] = approvalId }))["approval"]!;
        await Assert.That(Text(pending["status"])).IsEqualTo("pending");
        var home = await human.OpenAsync("/");
        var page = await human.OpenAsync(home.LinkTo("/approvals/" + approvalId));
        await human.SubmitAsync(page, "confirm");
        var approval = Data(await agent.CallAsync("opentrain_get_approval", new JsonObject { ["approvalId"] = approvalId }))["approval"]!;
        await Assert.That(Text(approval["status"])).IsEqualTo("confirmed");
        return approval;
    }

    /// <summary>The agent's tool calls over stdio; every result is checked for CLI words as it arrives.</summary>
    private sealed class ToolCalls(McpStdioProcess mcp)
    {
        public List<string> Offenders { get; } = [];

        public async Task<JsonObject> CallAsync(string tool, JsonObject? arguments = null)
        {
            var response = await mcp.RequestAsync("tools/call", new JsonObject { ["name"] = tool, ["arguments"] = arguments ?? new JsonObject() });
            var result = response["result"]?.AsObject() ?? throw new InvalidOperationException($"{tool}: {response.ToJsonString()}");
            Offenders.AddRange(CliWords.In(result, tool));
            return result;
        }
    }

    private static JsonNode Data(JsonObject result) =>
        result["structuredContent"] ?? throw new InvalidOperationException("no structuredContent: " + result.ToJsonString());

    private static string ResultText(JsonObject result) => result["content"]![0]!["text"]!.GetValue<string>();

    private static string Text(JsonNode? node) => node!.GetValue<string>();

    private static List<string> Strings(JsonNode? node) => [.. node!.AsArray().Select(Text)];
}
