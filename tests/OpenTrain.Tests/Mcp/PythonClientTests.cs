using System.Text.Json.Nodes;
using OpenTrain.Sandbox;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Mcp;

/// <summary>
/// The published binary's <c>opentrain mcp</c>, driven by the official Python MCP client
/// (<c>mcp</c> from PyPI, <c>stdio_client</c> + <c>ClientSession</c>) against the API emulator.
/// </summary>
public class PythonClientTests
{
    [Test]
    public async Task The_official_python_client_onboards_publishes_and_reads_structured_content()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        if (!await ClientScripts.PythonClientAvailableAsync())
            Skip.Test("the Python `mcp` package is not installed (PyPI is not reachable here): pip install mcp");

        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { ClaimPollIntervalSeconds = 0 });
        using var env = new TestEnvironment();
        var run = await ClientScripts.RunAsync("python3", [Path.Combine(ClientScripts.SourceFolder("py-client"), "client.py")], null, TimeSpan.FromMinutes(3),
            new Dictionary<string, string>
            {
                ["OPENTRAIN_BINARY"] = PublishedBinary.Path!,
                ["SANDBOX_URL"] = sandbox.BaseUrl,
                ["MCP_CONFIG_HOME"] = Path.Combine(env.Root, "config"),
            });
        await Assert.That(run.ExitCode).IsEqualTo(0).Because(run.Stderr);
        var report = JsonNode.Parse(run.Stdout)!.AsObject();
        await Assert.That(report["fatal"]?.GetValue<string>()).IsNull();

        await McpReport.AssertAsync(report, everyTool: false);
        await Assert.That(report["checks"]!["claimed"]!.GetValue<string>()).IsEqualTo("claimed");
        var whoami = await PublishedBinary.RunAsync(["whoami"], env.Variables);
        await Assert.That(whoami.ExitCode).IsEqualTo(0).Because(whoami.Stderr);
    }
}
