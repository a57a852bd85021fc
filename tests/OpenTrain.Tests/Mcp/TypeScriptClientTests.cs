using System.Text.Json.Nodes;
using OpenTrain.Sandbox;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Mcp;

/// <summary>
/// The published binary's <c>opentrain mcp</c>, driven by the official TypeScript MCP client
/// (<c>@modelcontextprotocol/sdk</c>, <c>StdioClientTransport</c>) against the API emulator:
/// every tool once, in the order an agent would use them (ts-client/client.mjs). The SDK validates each
/// result's structuredContent against the tool's outputSchema from tools/list.
/// </summary>
public class TypeScriptClientTests
{
    [Test]
    public async Task The_official_typescript_client_lists_and_calls_every_tool()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        var (folder, reason) = await ClientScripts.TypeScriptClientAsync();
        if (folder is null) Skip.Test(reason!);

        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { ClaimPollIntervalSeconds = 0 });
        using var env = new TestEnvironment();
        var run = await ClientScripts.RunAsync("node", ["client.mjs"], folder, TimeSpan.FromMinutes(3), new Dictionary<string, string>
        {
            ["OPENTRAIN_BINARY"] = PublishedBinary.Path!,
            ["SANDBOX_URL"] = sandbox.BaseUrl,
            ["MCP_CONFIG_HOME"] = Path.Combine(env.Root, "config"),
        });
        await Assert.That(run.ExitCode).IsEqualTo(0).Because(run.Stderr);
        var report = JsonNode.Parse(run.Stdout)!.AsObject();
        await Assert.That(report["fatal"]?.GetValue<string>()).IsNull().Because(report["stderr"]?.GetValue<string>() ?? "");

        await McpReport.AssertAsync(report, everyTool: true);
        var checks = report["checks"]!;
        await Assert.That(checks["cliText"]?.ToJsonString()).IsNull().Because("a tool result named a CLI command or flag");
        await Assert.That(checks["registerHasNoAccessToken"]!.GetValue<bool>()).IsTrue();
        await Assert.That(checks["registerAgainRefused"]!.GetValue<bool>()).IsTrue();
        await Assert.That(checks["claimPending"]!.GetValue<string>()).IsEqualTo("pending");
        await Assert.That(checks["claimed"]!.GetValue<string>()).IsEqualTo("claimed");
        await Assert.That(checks["hireApprovalUrl"]!.GetValue<string>()).StartsWith(sandbox.BaseUrl + "/approvals/");
        // Aborting a call that waits: it rejects promptly, the server stops polling and answers the next call.
        await Assert.That(checks["cancelledWait"]!["rejected"]!.GetValue<bool>()).IsTrue();
        await Assert.That(checks["cancelledWait"]!["ms"]!.GetValue<int>()).IsLessThan(3000);
        await Assert.That(checks["afterCancel"]!.GetValue<string>()).IsEqualTo("pending");
        await Assert.That(checks["pollsAfterCancel"]!.GetValue<int>()).IsEqualTo(0);
        await Assert.That(checks["releaseApprovalUrl"]!.GetValue<string>()).StartsWith(sandbox.BaseUrl + "/approvals/");
        await Assert.That(checks["payerTokenId"]!.GetValue<string>()).IsEqualTo(checks["fullTokenId"]!.GetValue<string>());
        await Assert.That(checks["envTokenId"]!.GetValue<string>()).IsEqualTo(checks["mintedTokenId"]!.GetValue<string>());
        await Assert.That(checks["forbidden"]!["status"]!.GetValue<int>()).IsEqualTo(403);
        await Assert.That(checks["changesHaveJob"]!.GetValue<bool>()).IsTrue();
        await Assert.That(checks["missingArgument"]!.GetValue<int>()).IsEqualTo(-32602);
        await Assert.That(checks["unknownTool"]!.GetValue<int>()).IsEqualTo(-32602);
        // Every call above went through the SDK's outputSchema validation; a wrong schema is caught by it.
        await Assert.That(checks["wrongSchema"]!.GetValue<string>()).Contains("Structured content does not match the tool's output schema");

        // The shared file the tools wrote is the CLI's: whoami works with it and nothing else.
        var whoami = await PublishedBinary.RunAsync(["whoami"], env.Variables);
        await Assert.That(whoami.ExitCode).IsEqualTo(0).Because(whoami.Stderr);
        await Assert.That(whoami.Stdout).Contains("owner@example.com");
        await Assert.That(whoami.Stdout).Contains(sandbox.BaseUrl);
    }
}

/// <summary>Assertions shared by the TypeScript and Python client reports.</summary>
internal static class McpReport
{
    public static async Task AssertAsync(JsonObject report, bool everyTool)
    {
        await Assert.That(report["serverVersion"]!["name"]!.GetValue<string>()).IsEqualTo("opentrain");
        var tools = report["tools"]!.AsArray().Select(t => t!.GetValue<string>()).ToList();
        await Assert.That(tools).IsEquivalentTo(McpProtocolTests.AllTools);

        var calls = report["calls"]!.AsArray().Select(c => c!.AsObject()).ToList();
        if (everyTool)
            await Assert.That(calls.Select(c => c["name"]!.GetValue<string>()).Distinct().Order()).IsEquivalentTo(McpProtocolTests.AllTools.Order());
        var comparisons = report["comparisons"]!.AsArray().Select(c => c!.AsObject()).ToList();
        await Assert.That(comparisons.Count).IsGreaterThan(0);
        foreach (var comparison in comparisons)
            await Assert.That(comparison["equal"]!.GetValue<bool>()).IsTrue().Because($"{comparison["name"]}: structuredContent differs from the API response");

        // The only failures are the ones the flow provokes.
        string[] expectedFailures = ["opentrain_get_credits", "opentrain_register_agent", "opentrain_get_proposal", "opentrain_create_job_draft"];
        foreach (var failure in calls.Where(c => c["isError"]!.GetValue<bool>()))
            await Assert.That(expectedFailures).Contains(failure["name"]!.GetValue<string>()).Because(failure["text"]!.GetValue<string>());

        var checks = report["checks"]!;
        await Assert.That(checks["noTokenCredits"]!.GetValue<string>()).IsEqualTo("NOT_LOGGED_IN");
        await Assert.That(checks["notFound"]!["isError"]!.GetValue<bool>()).IsTrue();
        await Assert.That(checks["notFound"]!["status"]!.GetValue<int>()).IsEqualTo(404);
        await Assert.That(checks["notFound"]!["code"]!.GetValue<string>()).IsEqualTo("NOT_FOUND");
    }
}
