using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;
using static OpenTrain.Tests.Mcp.McpProtocolTests;

namespace OpenTrain.Tests.Mcp;

/// <summary>The interview, public job and change-feed tools: same request and text as the CLI.</summary>
public class McpPublicFeedToolTests
{
    [Test]
    public async Task Get_job_and_job_changes_work_without_a_token_and_send_none()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/jobs/J9", 200, """{"id":"J9","title":"T"}""")
            .Reply("GET", "/jobs/changes", 200, """{"since":"2026-06-12","until":"2026-06-12T09:00:00.000Z","changes":[]}""");
        await using var mcp = await McpHarness.StartInitializedAsync(McpEnv(api, token: null));

        var job = await mcp.CallAsync("opentrain_get_job", new JsonObject { ["jobId"] = "J9" });
        var changes = await mcp.CallAsync("opentrain_job_changes", new JsonObject { ["since"] = "2026-06-12" });

        await Assert.That(job["isError"]!.GetValue<bool>()).IsFalse();
        await Assert.That(job["content"]![0]!["text"]!.GetValue<string>()).IsEqualTo("Job J9: T\n  Languages:  any\n  Countries:  any");
        await Assert.That(changes["content"]![0]!["text"]!.GetValue<string>())
            .IsEqualTo("No job changes since 2026-06-12.\n\nNext: opentrain_job_changes {\"since\":\"2026-06-12T09:00:00.000Z\"}");
        await Assert.That(api.Requests.Count).IsEqualTo(2);
        await Assert.That(api.Requests[1].Query).IsEqualTo("?since=2026-06-12");
        await Assert.That(api.Requests.All(r => r.Header("Authorization") is null)).IsTrue();
    }

    [Test]
    public async Task Interview_returns_the_transcript()
    {
        await using var api = await ApiSession.StartAsync();
        api.Reply("GET", "/proposals/P1/interview", 200,
            """{"interview":{"proposalId":"P1","score":86,"messages":[{"role":"interviewer","content":"Hi?"},{"role":"candidate","content":"Hello."}]}}""");
        await using var mcp = await McpHarness.StartInitializedAsync(McpEnv(api, ApiSession.Token));

        var result = await mcp.CallAsync("opentrain_get_proposal_interview", new JsonObject { ["proposalId"] = "P1" });

        await ApiSession.AssertRequest(await api.SingleRequestAsync(), "GET", "/proposals/P1/interview");
        await Assert.That(result["content"]![0]!["text"]!.GetValue<string>())
            .IsEqualTo("AI interview for proposal P1\n  Score:  86\n\nTranscript, oldest first, newest last:\n\nInterviewer\n  Hi?\n\nCandidate\n  Hello.");
    }

    [Test]
    public async Task A_bad_since_sends_nothing()
    {
        await using var api = await ApiSession.StartAsync();
        await using var mcp = await McpHarness.StartInitializedAsync(McpEnv(api, token: null));
        var result = await mcp.CallAsync("opentrain_job_changes", new JsonObject { ["since"] = "yesterday" });
        await Assert.That(result["isError"]!.GetValue<bool>()).IsTrue();
        await Assert.That(api.Requests).IsEmpty();
    }
}
