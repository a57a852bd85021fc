using System.Text.Json.Nodes;
using OpenTrain.Mcp;
using OpenTrain.Sandbox;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Mcp;

/// <summary>
/// Issue #25 item 3: every tool, on its happy path and the common failures (not logged in, 401, 403 for a
/// missing scope or claim, 404, 409/422, a pending approval), called in-process against the API emulator:
/// no result text, structuredContent or error names a CLI command or flag. Next steps name tools and their
/// JSON arguments instead. Every result's structuredContent matches its tool's outputSchema.
/// </summary>
public class McpSpeaksMcpTests
{
    private sealed class Calls
    {
        public List<(string Tool, string Label, JsonObject Result)> All { get; } = [];

        /// <summary>Where a result's structuredContent (an error's too, as clients check it) does not match its tool's outputSchema (from that server's tools/list).</summary>
        public List<string> SchemaMismatches { get; } = [];

        private readonly Dictionary<McpHarness, Dictionary<string, JsonNode?>> schemas = [];

        public async Task<JsonObject> CallAsync(McpHarness mcp, string tool, JsonObject? args = null, string label = "")
        {
            var result = await mcp.CallAsync(tool, args);
            All.Add((tool, label, result));
            if (!schemas.TryGetValue(mcp, out var outputs))
            {
                var tools = (await mcp.RequestAsync("tools/list"))["result"]!["tools"]!.AsArray();
                schemas[mcp] = outputs = tools.ToDictionary(t => t!["name"]!.GetValue<string>(), t => t!["outputSchema"]?.DeepClone());
            }
            foreach (var problem in OutputSchemaValidator.Problems(result["structuredContent"], outputs[tool]))
                SchemaMismatches.Add($"{tool} ({label}): {problem}");
            return result;
        }
    }

    /// <summary>A string at a path of the structuredContent; fails with the result's text when it is not there.</summary>
    private static string Field(JsonObject result, params object[] path)
    {
        JsonNode? node = result["structuredContent"];
        foreach (var step in path) node = step is int i ? node?[i] : node?[(string)step];
        return node?.GetValue<string>() ?? throw new InvalidOperationException($"no {string.Join('.', path)} in: {Text(result)}\n{result.ToJsonString()}");
    }

    private static string Text(JsonObject result) => result["content"]![0]!["text"]!.GetValue<string>();

    private static JsonNode Data(JsonObject result) => result["structuredContent"]!;

    private static Dictionary<string, string> Env(TestEnvironment env, SandboxHost sandbox, string? token = null)
    {
        var variables = new Dictionary<string, string>(env.Variables) { ["OPENTRAIN_API_BASE_URL"] = sandbox.BaseUrl };
        if (token is not null) variables[McpCredentials.TokenVariable] = token;
        return variables;
    }

    [Test]
    public async Task No_tool_result_names_a_cli_command_or_flag()
    {
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { ClaimPollIntervalSeconds = 0 });
        using var env = new TestEnvironment();
        var calls = new Calls();
        await using var mcp = await McpHarness.StartInitializedAsync(Env(env, sandbox));
        mcp.ShowsClaimUri = true;

        // Before any token: only onboarding tools work.
        await calls.CallAsync(mcp, "opentrain_get_credits", label: "not logged in");
        await calls.CallAsync(mcp, "opentrain_search_jobs", new JsonObject { ["q"] = "label", ["limit"] = 1 });
        await calls.CallAsync(mcp, "opentrain_job_facets");
        await calls.CallAsync(mcp, "opentrain_register_agent", new JsonObject { ["agentName"] = "MCP agent", ["organizationName"] = "MCP Org" });
        await calls.CallAsync(mcp, "opentrain_register_agent", label: "credentials exist");

        // Unclaimed: draft, publish; hiring-side writes are refused until a human claims.
        var draft = await calls.CallAsync(mcp, "opentrain_create_job_draft", new JsonObject
        {
            ["jobDescription"] = "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets for sentiment. Pay: $0.06 per label.\n",
            ["idempotencyKey"] = "mcp-1",
        });
        var jobId = Field(draft, "jobId");
        await calls.CallAsync(mcp, "opentrain_update_published_job", new JsonObject { ["jobId"] = jobId, ["fields"] = new JsonObject { ["jobTitle"] = "x" } }, "409 draft");
        await calls.CallAsync(mcp, "opentrain_update_job_draft_fields", new JsonObject { ["jobId"] = jobId, ["fields"] = new JsonObject { ["noSuchKey"] = 1 } }, "422 unknown key");
        await calls.CallAsync(mcp, "opentrain_update_job_draft_fields", new JsonObject { ["jobId"] = jobId, ["fields"] = new JsonObject { ["experienceLevel"] = "INTERMEDIATE" } });
        await calls.CallAsync(mcp, "opentrain_publish_job", new JsonObject { ["jobId"] = jobId });
        await calls.CallAsync(mcp, "opentrain_invite_freelancer", new JsonObject { ["jobId"] = jobId, ["freelancerId"] = "aiko-t" }, "claim required");

        await calls.CallAsync(mcp, "opentrain_claim_account", new JsonObject { ["email"] = "owner@example.com" });
        await calls.CallAsync(mcp, "opentrain_claim_status", label: "pending");
        sandbox.Control.CompleteClaim();
        await calls.CallAsync(mcp, "opentrain_claim_status");
        await calls.CallAsync(mcp, "opentrain_auth_status");
        await calls.CallAsync(mcp, "opentrain_capabilities");

        await calls.CallAsync(mcp, "opentrain_update_published_job", new JsonObject { ["jobId"] = jobId, ["fields"] = new JsonObject { ["jobTitle"] = "Spanish Sentiment Labeling (tweets)" } });
        await calls.CallAsync(mcp, "opentrain_list_jobs", new JsonObject { ["limit"] = 1 });
        await calls.CallAsync(mcp, "opentrain_get_job", new JsonObject { ["jobId"] = jobId });
        await calls.CallAsync(mcp, "opentrain_get_job", new JsonObject { ["jobId"] = "job_missing" }, "404");
        await calls.CallAsync(mcp, "opentrain_job_changes", new JsonObject { ["since"] = "2020-01-01" });

        var proposals = await calls.CallAsync(mcp, "opentrain_list_proposals", new JsonObject { ["jobId"] = jobId, ["limit"] = 1 });
        var proposalId = Field(proposals, "proposals", 0, "id");
        var proposal = await calls.CallAsync(mcp, "opentrain_get_proposal", new JsonObject { ["proposalId"] = proposalId });
        await calls.CallAsync(mcp, "opentrain_get_proposal", new JsonObject { ["proposalId"] = "prop_missing" }, "404");
        await calls.CallAsync(mcp, "opentrain_get_proposal_interview", new JsonObject { ["proposalId"] = proposalId });
        await calls.CallAsync(mcp, "opentrain_get_freelancer_profile", new JsonObject { ["freelancerId"] = Field(proposal, "proposal", "candidate", "id") });
        await calls.CallAsync(mcp, "opentrain_invite_freelancer", new JsonObject { ["jobId"] = jobId, ["freelancerId"] = "aiko-t" });

        var thread = await calls.CallAsync(mcp, "opentrain_start_proposal_conversation", new JsonObject { ["proposalId"] = proposalId });
        var conversationId = Field(thread, "conversationId");
        await calls.CallAsync(mcp, "opentrain_send_message", new JsonObject { ["conversationId"] = conversationId, ["content"] = "Hi! Could you start on Monday?" });
        await calls.CallAsync(mcp, "opentrain_read_messages", new JsonObject { ["conversationId"] = conversationId, ["limit"] = 1 });
        await calls.CallAsync(mcp, "opentrain_list_conversations", new JsonObject { ["limit"] = 1 });
        await calls.CallAsync(mcp, "opentrain_list_unread_conversations");

        var hire = await calls.CallAsync(mcp, "opentrain_hire_proposal", new JsonObject
        {
            ["proposalId"] = proposalId,
            ["milestone"] = new JsonObject { ["name"] = "First 1,000 labels", ["amount"] = 60 },
        });
        var hireApproval = Field(hire, "approval", "id");
        await calls.CallAsync(mcp, "opentrain_get_approval", new JsonObject { ["approvalId"] = hireApproval }, "pending");
        sandbox.Control.ConfirmApproval(hireApproval);
        await calls.CallAsync(mcp, "opentrain_get_approval", new JsonObject { ["approvalId"] = hireApproval }, "confirmed");

        var contracts = await calls.CallAsync(mcp, "opentrain_list_contracts");
        var contractId = Field(contracts, "contracts", 0, "id");
        await calls.CallAsync(mcp, "opentrain_get_contract", new JsonObject { ["contractId"] = contractId });
        // The post-claim token lacks payments:write: a 403 whose hint sends the human to the API keys page.
        await calls.CallAsync(mcp, "opentrain_create_milestone", new JsonObject { ["contractId"] = contractId, ["description"] = "Next 1,000 labels", ["volume"] = 1000 }, "403 scope");
        await calls.CallAsync(mcp, "opentrain_get_webhook", new JsonObject { ["webhookId"] = "wh_missing" }, "403 scope");

        var full = sandbox.Control.MintToken(["jobs:read", "jobs:write", "proposals:read", "proposals:write", "messages:read", "messages:write",
            "payments:read", "payments:write", "team:read", "team:write", "webhooks:manage"], email: "owner@example.com");
        await using (var payer = await McpHarness.StartInitializedAsync(Env(env, sandbox, full.Token)))
        {
            payer.ShowsWebhookSecret = true;
            var milestone = await calls.CallAsync(payer, "opentrain_create_milestone", new JsonObject { ["contractId"] = contractId, ["description"] = "Next 1,000 labels", ["volume"] = 1000 });
            var milestoneId = Field(milestone, "milestone", "id");
            await calls.CallAsync(payer, "opentrain_request_milestone_approval", new JsonObject { ["milestoneId"] = milestoneId }, "409 not funded");
            var fund = await calls.CallAsync(payer, "opentrain_request_milestone_funding", new JsonObject { ["milestoneId"] = milestoneId });
            sandbox.Control.ConfirmApproval(Field(fund, "approval", "id"));
            await calls.CallAsync(payer, "opentrain_request_milestone_approval", new JsonObject { ["milestoneId"] = milestoneId });
            await calls.CallAsync(payer, "opentrain_end_contract", new JsonObject { ["contractId"] = contractId });
            await calls.CallAsync(payer, "opentrain_get_credits");
            await calls.CallAsync(payer, "opentrain_list_credit_ledger", new JsonObject { ["limit"] = 1 });
            var topUp = await calls.CallAsync(payer, "opentrain_create_credit_top_up", new JsonObject { ["amountUsd"] = 25 });
            var topUpId = Data(topUp)["topUpId"]?.GetValue<string>() ?? Field(topUp, "topUp", "id");
            await calls.CallAsync(payer, "opentrain_get_credit_top_up", new JsonObject { ["topUpId"] = topUpId }, "pending");
            await calls.CallAsync(payer, "opentrain_poll_updates", new JsonObject { ["limit"] = 2 });
            await calls.CallAsync(payer, "opentrain_list_webhooks", label: "empty");
            var webhook = await calls.CallAsync(payer, "opentrain_create_webhook", new JsonObject { ["url"] = "http://127.0.0.1:9/hooks", ["eventTypes"] = new JsonArray("proposal.received") });
            var webhookId = Field(webhook, "webhook", "id");
            await calls.CallAsync(payer, "opentrain_list_webhooks");
            await calls.CallAsync(payer, "opentrain_get_webhook", new JsonObject { ["webhookId"] = webhookId });
            await calls.CallAsync(payer, "opentrain_delete_webhook", new JsonObject { ["webhookId"] = webhookId });
            await calls.CallAsync(payer, "opentrain_verify_webhook_signature", new JsonObject { ["secret"] = "nope", ["signature"] = "t=1,v1=00", ["payload"] = "{}" }, "bad secret");
            await calls.CallAsync(payer, "opentrain_verify_webhook_signature", new JsonObject { ["secret"] = "whsec_abcdefgh", ["signature"] = "t=1,v1=00", ["payload"] = "{}" }, "bad signature");
            await calls.CallAsync(payer, "opentrain_list_tokens");
            await calls.CallAsync(payer, "opentrain_create_token", new JsonObject { ["name"] = "ci", ["scopes"] = new JsonArray("jobs:read"), ["expiresIn"] = "1d" });
            await calls.CallAsync(payer, "opentrain_revoke_token", new JsonObject { ["tokenId"] = full.TokenId }, "revokes itself");
            await calls.CallAsync(payer, "opentrain_get_team", label: "401 revoked");
        }
        await calls.CallAsync(mcp, "opentrain_revoke_token", new JsonObject { ["tokenId"] = "ot_pat_secretlooking" }, "secret given");
        await calls.CallAsync(mcp, "opentrain_get_team");
        await calls.CallAsync(mcp, "opentrain_invite_team_member", new JsonObject { ["email"] = "teammate@example.com" });
        await calls.CallAsync(mcp, "opentrain_list_pending_payments");
        await calls.CallAsync(mcp, "opentrain_close_job", new JsonObject { ["jobId"] = jobId });

        var readOnly = sandbox.Control.MintToken(["jobs:read"], email: "owner@example.com");
        await using (var limited = await McpHarness.StartInitializedAsync(Env(env, sandbox, readOnly.Token)))
            await calls.CallAsync(limited, "opentrain_create_job_draft", new JsonObject { ["jobDescription"] = "Refused: the token only reads." }, "403 scope");
        await using (var rejected = await McpHarness.StartInitializedAsync(Env(env, sandbox, "ot_pat_notarealtoken000000")))
            await calls.CallAsync(rejected, "opentrain_list_jobs", label: "401");

        // The raw escape hatch: GETs only, on the configured origin.
        sandbox.Control.ClearRequests();
        var raw = await calls.CallAsync(mcp, "opentrain_api", new JsonObject { ["path"] = "jobs/mine", ["query"] = new JsonObject { ["limit"] = "1" } });
        await Assert.That(raw["isError"]!.GetValue<bool>()).IsFalse();
        await Assert.That(sandbox.Control.Requests().Select(r => $"{r.Method} {r.Path}")).IsEquivalentTo(["GET /api/public/v1/jobs/mine"]);
        var post = await calls.CallAsync(mcp, "opentrain_api", new JsonObject { ["path"] = "jobs/mine", ["method"] = "POST" }, "non-GET");
        var elsewhere = await calls.CallAsync(mcp, "opentrain_api", new JsonObject { ["path"] = "https://example.com/api/public/v1/jobs/mine" }, "other host");
        await Assert.That(Text(post)).Contains("opentrain_api only sends GET requests, not POST");
        await Assert.That(elsewhere["isError"]!.GetValue<bool>()).IsTrue();
        await Assert.That(sandbox.Control.Requests().Count).IsEqualTo(1);

        // Login verifies a token a human made and saves it as 'auth login' does; logout forgets it.
        await calls.CallAsync(mcp, "opentrain_logout");
        await calls.CallAsync(mcp, "opentrain_logout", label: "nothing saved");
        var refused = await calls.CallAsync(mcp, "opentrain_login", new JsonObject { ["apiKey"] = "ot_pat_notarealtoken000000" }, "401");
        await Assert.That(refused["isError"]!.GetValue<bool>()).IsTrue();
        await Assert.That(File.Exists(env.CredentialsPath)).IsFalse();
        sandbox.Control.ClearRequests();
        var login = await calls.CallAsync(mcp, "opentrain_login", new JsonObject { ["apiKey"] = readOnly.Token });
        await Assert.That(login["isError"]!.GetValue<bool>()).IsFalse();
        await Assert.That(login.ToJsonString()).DoesNotContain(readOnly.Token);
        await Assert.That(sandbox.Control.Requests().Select(r => $"{r.Method} {r.Path}")).IsEquivalentTo(["GET /api/public/v1/auth/me"]);
        await Assert.That(JsonNode.Parse(env.ReadCredentials()!)!["apiToken"]!.GetValue<string>()).IsEqualTo(readOnly.Token);
        if (!OperatingSystem.IsWindows())
            await Assert.That(File.GetUnixFileMode(env.CredentialsPath)).IsEqualTo(UnixFileMode.UserRead | UnixFileMode.UserWrite);
        var who = await calls.CallAsync(mcp, "opentrain_auth_status");
        await Assert.That(Data(who)["token"]!["id"]!.GetValue<string>()).IsEqualTo(readOnly.TokenId);
        var logout = await calls.CallAsync(mcp, "opentrain_logout");
        await Assert.That(logout.ToJsonString()).DoesNotContain(readOnly.Token);
        await Assert.That(File.Exists(env.CredentialsPath)).IsFalse();

        var uncalled = ToolCatalog.Default.Tools.Select(t => t.Name).Except(calls.All.Select(c => c.Tool)).ToList();
        await Assert.That(uncalled).IsEmpty();
        await Assert.That(calls.All.Count(c => c.Result["isError"]!.GetValue<bool>())).IsGreaterThanOrEqualTo(12);
        var offenders = calls.All.SelectMany(c => CliWords.In(c.Result, $"{c.Tool} ({c.Label})")).ToList();
        await Assert.That(offenders).IsEmpty().Because(string.Join("\n\n", offenders));
        // Every result, successful or not, matches the outputSchema its tool declares (the MCP spec's MUST; clients check errors too).
        await Assert.That(calls.SchemaMismatches).IsEmpty().Because(string.Join("\n", calls.SchemaMismatches));
    }
}
