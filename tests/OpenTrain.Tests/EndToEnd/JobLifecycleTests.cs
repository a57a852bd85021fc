using System.Text.Json.Nodes;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.EndToEnd;

/// <summary>The job lifecycle with the published binary against the emulator, as a user runs it.</summary>
public class JobLifecycleTests
{
    [Test]
    public async Task Draft_publish_review_message_and_close_a_job()
    {
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var session = await SandboxSession.StartAsync();
        await session.RegisterAndClaimAsync();

        var brief = session.WriteFile("brief.txt", "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets for sentiment. Pay: $0.06 per label.\n");
        var created = await session.RunAsync("jobs", "draft", "create", "--description-file", brief, "--idempotency-key", "lifecycle-1");
        await Assert.That(created.Stdout).Contains("--set experienceLevel=");
        var again = await session.JsonAsync("jobs", "draft", "create", "--description-file", brief, "--idempotency-key", "lifecycle-1");
        var jobId = again["jobId"]!.GetValue<string>();
        await Assert.That(created.Stdout).Contains(jobId);

        var updated = await session.RunAsync("jobs", "draft", "update", "--job-id", jobId, "--set", "experienceLevel=INTERMEDIATE");
        await Assert.That(updated.Stdout).Contains($"opentrain jobs publish {jobId}");
        var published = await session.RunAsync("jobs", "publish", jobId);
        await Assert.That(published.Stdout).Contains($"/jobs/{jobId}");
        var republished = await session.JsonAsync("jobs", "publish", jobId);
        await Assert.That(republished["alreadyPublished"]!.GetValue<bool>()).IsTrue();

        var mine = await session.RunAsync("jobs", "list", "--status", "open");
        await Assert.That(mine.Stdout).Contains(jobId);
        var search = await PublishedBinary.RunAsync(["jobs", "search", "--query", "Spanish", "--base-url", session.Sandbox.BaseUrl],
            TestEnvironment.Isolated());
        await Assert.That(search.ExitCode).IsEqualTo(0);
        var searchRequest = session.Sandbox.Control.Requests().Last(r => r.Path == "/api/public/v1/jobs");
        await Assert.That(searchRequest.HasAuthorization).IsFalse();

        var proposals = await session.JsonAsync("proposals", "list", jobId);
        var proposalId = proposals["proposals"]!.AsArray()[0]!["id"]!.GetValue<string>();
        var proposal = await session.RunAsync("proposals", "get", proposalId);
        await Assert.That(proposal.Stdout).Contains(proposalId);
        var freelancerId = proposals["proposals"]!.AsArray()[0]!["candidate"]!["id"]!.GetValue<string>();
        await session.RunAsync("freelancers", "get", freelancerId);

        var thread = await session.JsonAsync("messages", "start-proposal-thread", proposalId);
        var conversationId = thread["conversationId"]!.GetValue<string>();
        var message = session.WriteFile("message.txt", "Hola! Can you start on Monday? — Café <b>&'");
        await session.RunAsync("messages", "send", conversationId, "--content-file", message);
        session.Sandbox.Control.CandidateMessage(conversationId, "Sí, claro.");
        var unread = await session.RunAsync("messages", "unread");
        await Assert.That(unread.Stdout).Contains(conversationId);
        var transcript = await session.RunAsync("messages", "read", conversationId);
        await Assert.That(transcript.Stdout).Contains("Hola! Can you start on Monday? — Café <b>&'");
        await Assert.That(transcript.Stdout.IndexOf("Hola!", StringComparison.Ordinal)).IsLessThan(transcript.Stdout.IndexOf("Sí, claro.", StringComparison.Ordinal));

        var closed = await session.JsonAsync("jobs", "close", jobId);
        await Assert.That(closed["status"]!.GetValue<string>()).IsEqualTo("ARCHIVED");
    }
}
