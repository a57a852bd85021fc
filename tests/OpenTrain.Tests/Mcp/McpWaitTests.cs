using System.Text.Json.Nodes;
using OpenTrain.Mcp;
using OpenTrain.Sandbox;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Mcp;

/// <summary>
/// Issue #25 item 3: the <c>wait</c> and <c>timeoutSeconds</c> arguments of the tools whose command has <c>--wait</c>,
/// in-process against the API emulator (real clock: a wait polls every 5 s). A write is sent once, the wait only polls;
/// the result is the final state, or on timeout the still-pending state with the tool call that waits again.
/// </summary>
public class McpWaitTests
{
    private static readonly string[] WaitingTools =
    [
        "opentrain_get_approval", "opentrain_get_credit_top_up", "opentrain_hire_proposal",
        "opentrain_request_milestone_funding", "opentrain_request_milestone_approval", "opentrain_end_contract",
    ];

    private static string Text(JsonObject result) => result["content"]![0]!["text"]!.GetValue<string>();

    private static async Task<(SandboxHost Sandbox, TestEnvironment Env, McpHarness Mcp)> StartAsync()
    {
        var sandbox = await SandboxHost.StartAsync(new SandboxOptions());
        var account = sandbox.Control.CreateAccount();
        var env = new TestEnvironment();
        var variables = new Dictionary<string, string>(env.Variables)
        {
            ["OPENTRAIN_API_BASE_URL"] = sandbox.BaseUrl,
            [McpCredentials.TokenVariable] = account.Token,
        };
        return (sandbox, env, await McpHarness.StartInitializedAsync(variables));
    }

    private static async Task<string> ProposalAsync(McpHarness mcp, SandboxHost sandbox)
    {
        var draft = await mcp.CallAsync("opentrain_create_job_draft", new JsonObject
        {
            ["jobDescription"] = "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets for sentiment. Pay: $0.06 per label.\n",
        });
        var jobId = draft["structuredContent"]!["jobId"]!.GetValue<string>();
        await mcp.CallAsync("opentrain_publish_job", new JsonObject { ["jobId"] = jobId });
        sandbox.Control.AddProposals(jobId);
        var proposals = await mcp.CallAsync("opentrain_list_proposals", new JsonObject { ["jobId"] = jobId, ["limit"] = 1 });
        return proposals["structuredContent"]!["proposals"]![0]!["id"]!.GetValue<string>();
    }

    [Test]
    public async Task Every_tool_with_a_cli_wait_declares_wait_and_timeoutSeconds_with_default_and_maximum()
    {
        var (sandbox, env, mcp) = await StartAsync();
        await using var _ = sandbox;
        using var __ = env;
        await using var ___ = mcp;
        var list = await mcp.RequestAsync("tools/list");
        var tools = list["result"]!["tools"]!.AsArray().Select(t => t!.AsObject()).ToList();
        var waiting = tools.Where(t => t["inputSchema"]!["properties"]!["wait"] is not null).Select(t => t["name"]!.GetValue<string>());
        await Assert.That(waiting).IsEquivalentTo(WaitingTools);
        foreach (var tool in tools.Where(t => WaitingTools.Contains(t["name"]!.GetValue<string>())))
        {
            var properties = tool["inputSchema"]!["properties"]!;
            await Assert.That(properties["wait"]!["type"]!.GetValue<string>()).IsEqualTo("boolean");
            await Assert.That(properties["timeoutSeconds"]!["maximum"]!.GetValue<decimal>()).IsEqualTo(600);
            await Assert.That(properties["timeoutSeconds"]!["description"]!.GetValue<string>()).Contains("1 to 600, default 120");
        }
    }

    [Test]
    public async Task Hire_with_wait_sends_one_post_and_returns_the_confirmed_approval_once_the_human_confirms()
    {
        var (sandbox, env, mcp) = await StartAsync();
        await using var _ = sandbox;
        using var __ = env;
        await using var ___ = mcp;
        var proposalId = await ProposalAsync(mcp, sandbox);
        sandbox.Control.ClearRequests();

        // The human, in the app: confirms the hire once it shows up as pending (seeded approvals aside).
        var seeded = sandbox.Control.Approvals("pending").Select(a => a!["id"]!.GetValue<string>()).ToHashSet();
        var human = Task.Run(async () =>
        {
            while (true)
            {
                if (sandbox.Control.Approvals("pending").FirstOrDefault(a => !seeded.Contains(a!["id"]!.GetValue<string>())) is JsonObject approval)
                    return sandbox.Control.ConfirmApproval(approval["id"]!.GetValue<string>());
                await Task.Delay(100);
            }
        });
        var result = await mcp.CallAsync("opentrain_hire_proposal", new JsonObject
        {
            ["proposalId"] = proposalId,
            ["milestone"] = new JsonObject { ["name"] = "First 1,000 labels", ["amount"] = 60 },
            ["wait"] = true,
            ["timeoutSeconds"] = 60,
        });
        await human.WaitAsync(TimeSpan.FromSeconds(20));

        await Assert.That(result["isError"]!.GetValue<bool>()).IsFalse();
        await Assert.That(result["structuredContent"]!["approval"]!["status"]!.GetValue<string>()).IsEqualTo("confirmed");
        await Assert.That(Text(result)).Contains("A signed-in human must open and confirm:");
        await Assert.That(Text(result)).Contains("Approval " + result["structuredContent"]!["approval"]!["id"]!.GetValue<string>() + ": confirmed");
        await Assert.That(Text(result)).DoesNotContain("Check it with:");
        await Assert.That(Text(result)).Contains("Next: see the contract and its funded first milestone: opentrain_get_contract");
        var writes = sandbox.Control.Requests().Where(r => r.Method != "GET").Select(r => $"{r.Method} {r.Path}").ToList();
        await Assert.That(writes).IsEquivalentTo([$"POST /api/public/v1/proposals/{proposalId}/hire"]);
        await Assert.That(sandbox.Control.Requests().Count(r => r.Method == "GET" && r.Path.StartsWith("/api/public/v1/approvals/", StringComparison.Ordinal))).IsGreaterThanOrEqualTo(1);
        await Assert.That(mcp.StdoutLines.All(line => line.StartsWith("{\"jsonrpc\":\"2.0\"", StringComparison.Ordinal))).IsTrue();
    }

    [Test]
    public async Task Wait_past_timeoutSeconds_returns_the_pending_state_and_the_tool_call_that_waits_again()
    {
        var (sandbox, env, mcp) = await StartAsync();
        await using var _ = sandbox;
        using var __ = env;
        await using var ___ = mcp;
        var hire = await mcp.CallAsync("opentrain_hire_proposal", new JsonObject
        {
            ["proposalId"] = await ProposalAsync(mcp, sandbox),
            ["milestone"] = new JsonObject { ["name"] = "First 1,000 labels", ["amount"] = 60 },
        });
        var approvalId = hire["structuredContent"]!["approval"]!["id"]!.GetValue<string>();
        // Without wait, the pending hand-off names the check tool with wait.
        await Assert.That(Text(hire)).Contains($"opentrain_get_approval {{\"approvalId\":\"{approvalId}\",\"wait\":true}}");
        await Assert.That(Text(hire)).DoesNotContain("again, a few seconds apart");

        var result = await mcp.CallAsync("opentrain_get_approval", new JsonObject { ["approvalId"] = approvalId, ["wait"] = true, ["timeoutSeconds"] = 1 });

        await Assert.That(result["isError"]!.GetValue<bool>()).IsFalse();
        await Assert.That(result["structuredContent"]!["approval"]!["status"]!.GetValue<string>()).IsEqualTo("pending");
        await Assert.That(Text(result)).IsEqualTo(
            $"approval {approvalId} was still pending after 1 s. Keep waiting: opentrain_get_approval {{\"approvalId\":\"{approvalId}\",\"wait\":true}}");
        await Assert.That(Text(result)).DoesNotContain("--");
        await Assert.That(Text(result)).DoesNotContain("opentrain approvals");
    }

    [Test]
    [Arguments(0)]
    [Arguments(601)]
    public async Task TimeoutSeconds_out_of_range_is_an_argument_error_and_nothing_is_sent(int seconds)
    {
        var (sandbox, env, mcp) = await StartAsync();
        await using var _ = sandbox;
        using var __ = env;
        await using var ___ = mcp;
        sandbox.Control.ClearRequests();

        var result = await mcp.CallAsync("opentrain_request_milestone_funding", new JsonObject { ["milestoneId"] = "ms_1", ["wait"] = true, ["timeoutSeconds"] = seconds });

        await Assert.That(result["isError"]!.GetValue<bool>()).IsTrue();
        await Assert.That(Text(result)).IsEqualTo($"Invalid argument: timeoutSeconds must be between 1 and 600, got {seconds}");
        await Assert.That(result["structuredContent"]!["error"]!["code"]!.GetValue<string>()).IsEqualTo("INVALID_ARGUMENT");
        await Assert.That(sandbox.Control.Requests().Count).IsEqualTo(0);
    }

    [Test]
    public async Task Wait_that_is_not_a_boolean_is_a_protocol_error()
    {
        var (sandbox, env, mcp) = await StartAsync();
        await using var _ = sandbox;
        using var __ = env;
        await using var ___ = mcp;

        var response = await mcp.RequestAsync("tools/call", new JsonObject
        {
            ["name"] = "opentrain_get_approval",
            ["arguments"] = new JsonObject { ["approvalId"] = "ap_1", ["wait"] = "yes" },
        });

        await Assert.That(response["error"]!["code"]!.GetValue<int>()).IsEqualTo(-32602);
        await Assert.That(response["error"]!["message"]!.GetValue<string>()).Contains("argument 'wait' must be a boolean, got a string");
    }
}
