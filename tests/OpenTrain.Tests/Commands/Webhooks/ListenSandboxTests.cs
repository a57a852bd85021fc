using System.Net.Http.Json;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Webhooks;

/// <summary>
/// The published binary against the emulator, whose own webhook dispatcher delivers the same events to the
/// same receiver: <c>webhooks listen</c> sends byte-identical bodies that verify the same way; SIGINT exits 130
/// with the cursor saved, and a restart with the cursor file delivers every later event once.
/// </summary>
public class ListenSandboxTests
{
    [Test]
    public async Task The_sandboxs_deliveries_and_listens_carry_the_same_bytes_and_sigint_saves_the_cursor_for_a_lossless_restart()
    {
        using var env = new TestEnvironment();
        if (PublishedBinary.Path is null) Skip.Test("OPENTRAIN_BINARY not set: run ./build.sh test");
        await using var sandbox = await SandboxHost.StartAsync(new SandboxOptions { ProposalsPerPublish = 3 });
        await using var receiver = await WebhookReceiver.StartAsync();
        var account = sandbox.Control.CreateAccount();
        env.With("OT_API_TOKEN", account.Token).With("OT_API_BASE_URL", sandbox.BaseUrl);
        var cursor = Path.Combine(env.Root, "cursor");

        // A real subscription (the sandbox signs and sends), its secret saved for listen --webhook-id.
        var created = await PublishedBinary.RunAsync(["webhooks", "create", "--url", receiver.BaseUrl + "/sandbox", "--event", "proposal.received", "--save-secret", "--json"], env.Variables);
        await Assert.That(created.ExitCode).IsEqualTo(0).Because(created.Stderr);
        var webhook = JsonNode.Parse(created.Stdout)!;
        var webhookId = webhook["webhook"]!["id"]!.GetValue<string>();
        var secret = webhook["secret"]!.GetValue<string>();
        string[] listen = ["webhooks", "listen", "--forward-to", receiver.BaseUrl + "/listen", "--webhook-id", webhookId, "--cursor-file", cursor, "--interval", "0.2", "--json"];

        string last;
        await using (var first = PublishedBinary.Start([.. listen, "--cursor", "0"], env.Variables))
        {
            await PublishJobAsync(sandbox.BaseUrl, account.Token);
            await receiver.WaitForAsync(3, path: "/sandbox");
            await receiver.WaitForAsync(3, path: "/listen");
            await first.UntilAsync(() => first.Lines.Count >= 3, "3 delivery lines");
            last = EventIds(first.Lines).Max(long.Parse).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await first.UntilAsync(() => File.Exists(cursor) && File.ReadAllText(cursor) == last + "\n", "the cursor saved");
            await first.InterruptAsync();
            var stopped = await first.ExitAsync(130);
            await Assert.That(stopped.Stderr).EndsWith($"Stopped after event {last}: cursor {last} saved in {cursor}: the same command resumes after it.\n");
            await Assert.That(stopped.Stderr).Contains($"Signing with the secret saved for webhook {webhookId}.\n");
            await Assert.That(stopped.AllOutput).DoesNotContain("whsec_");
        }
        await Assert.That(File.ReadAllText(cursor)).IsEqualTo(last + "\n");

        // Same event, same bytes; both signatures accepted by Node with the webhook's secret.
        var sandboxed = receiver.Received.Where(d => d.Path == "/sandbox").ToList();
        var listened = receiver.Received.Where(d => d.Path == "/listen").ToList();
        foreach (var delivery in listened)
        {
            var twin = sandboxed.Single(s => s.Header("X-OpenTrain-Event") == delivery.Header("X-OpenTrain-Event") && s.Text == delivery.Text);
            await Assert.That(delivery.Body).IsEquivalentTo(twin.Body, TUnit.Assertions.Enums.CollectionOrdering.Matching);
            await Assert.That(delivery.Headers.Keys.Order()).IsEquivalentTo(twin.Headers.Keys.Order(), TUnit.Assertions.Enums.CollectionOrdering.Matching);
            foreach (var name in new[] { "Content-Type", "User-Agent", "X-OpenTrain-Event" })
                await Assert.That(delivery.Header(name)).IsEqualTo(twin.Header(name));
        }
        await Assert.That(await NodeHmac.VerifyAsync(secret, [.. sandboxed.Concat(listened).Select(d => (d.Signature, d.Body))])).IsEquivalentTo(Enumerable.Repeat(true, 6));

        // A restart resumes after the saved event: the next job's events arrive once each, none of the first three again.
        await using (var second = PublishedBinary.Start(listen, env.Variables))
        {
            await PublishJobAsync(sandbox.BaseUrl, account.Token);
            await receiver.WaitForAsync(6, path: "/listen");
            await second.UntilAsync(() => second.Lines.Count >= 3, "3 more delivery lines");
            var end = EventIds(second.Lines).Max(long.Parse).ToString(System.Globalization.CultureInfo.InvariantCulture);
            await second.UntilAsync(() => File.ReadAllText(cursor) == end + "\n", "the cursor saved");
            await Task.Delay(600); // a duplicate would show up by now
            await second.InterruptAsync();
            var stopped = await second.ExitAsync(130);
            await Assert.That(stopped.Stderr).Contains($"Resuming after event {last} (saved in {cursor}).\n");
        }
        var ids = receiver.Received.Where(d => d.Path == "/listen").Select(d => long.Parse(JsonNode.Parse(d.Text)!["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        var events = sandbox.Control.Events(account.AccountId).Select(e => long.Parse(e!["id"]!.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture)).ToList();
        await Assert.That(ids.Count).IsEqualTo(6);
        await Assert.That(ids).IsEquivalentTo(events, TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    private static IEnumerable<string> EventIds(IEnumerable<string> jsonLines) => jsonLines.Select(l => JsonNode.Parse(l)!["eventId"]!.GetValue<string>());

    /// <summary>A job the emulator publishes at once (complete brief); its seeded candidates apply, each a <c>proposal.received</c>.</summary>
    private static async Task PublishJobAsync(string baseUrl, string token)
    {
        const string Brief = "Spanish Sentiment Labeling\nWe need 5 fluent Spanish speakers to label 20,000 tweets for sentiment. Pay: $0.06 per label. Intermediate level.";
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var draft = await http.PostAsJsonAsync("/api/public/v1/job-drafts", new { rawJobDescription = Brief });
        var body = JsonNode.Parse(await draft.Content.ReadAsStringAsync())!;
        var jobId = body["jobId"]?.GetValue<string>() ?? throw new InvalidOperationException("draft failed: " + body.ToJsonString());
        var published = await http.PostAsync($"/api/public/v1/jobs/{jobId}/publish", null);
        if (!published.IsSuccessStatusCode) throw new InvalidOperationException("publish failed: " + await published.Content.ReadAsStringAsync());
    }
}
