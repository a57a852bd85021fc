using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Webhooks;

/// <summary>
/// <c>webhooks listen</c> against a stub feed and a real loopback receiver: bytes and headers as a delivery,
/// signatures Node accepts, the retry schedule with one delivery id, a hanging receiver, Ctrl-C and restarts.
/// </summary>
public partial class ListenTests
{
    /// <summary>A record a re-serialiser would change (spaces, an escaped slash, a \u escape, 1.50): it must arrive byte for byte.</summary>
    private const string Odd = """{ "id": "1042", "type": "proposal.received", "apiVersion": "v1", "createdAt": "2026-06-12T10:00:00.000Z", "resourceId": "prop_a\/b", "jobId": null, "data": { "proposalId": "prop_\u0041", "score": 1.50 } }""";

    private static readonly string E1 = Feed.Record("1042");
    private static readonly string E2 = Feed.Record("1043", "message.received");

    private static string[] Listen(string url, params string[] more) => ListenSession.Args(url, Secrets.Listen, more);

    private static bool Holds(string file, string cursor) => ListenSession.Holds(file, cursor);

    [Test]
    public async Task Each_record_is_posted_byte_for_byte_with_the_delivery_headers_and_a_signature_node_accepts()
    {
        await using var s = await ListenSession.StartAsync();
        var (api, receiver, cursor) = (s.Api, s.Receiver, s.Cursor);
        Feed.Serve(api.Server, "1043", Feed.Page("1043", false, Odd, E2));

        var result = await Listening.RunUntilAsync(api.Env, () => receiver.Received.Count >= 2 && Holds(cursor, "1043"), [.. Listen(receiver.Url, "--cursor", "0", "--json", "--cursor-file", cursor)]);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        var got = receiver.Received;
        await Assert.That(got.Count).IsEqualTo(2);
        await Assert.That(got[0].Body).IsEquivalentTo(Encoding.UTF8.GetBytes(Odd), TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(got[1].Text).IsEqualTo(E2);
        foreach (var (delivery, type) in got.Zip(["proposal.received", "message.received"]))
        {
            await Assert.That(delivery.Headers.Keys.Order()).IsEquivalentTo(
                new[] { "content-length", "content-type", "host", "user-agent", "x-opentrain-delivery", "x-opentrain-event", "x-opentrain-signature" },
                TUnit.Assertions.Enums.CollectionOrdering.Matching);
            await Assert.That(delivery.Header("Content-Type")).IsEqualTo("application/json");
            await Assert.That(delivery.Header("User-Agent")).IsEqualTo("OpenTrain-Webhooks/1.0");
            await Assert.That(delivery.Header("X-OpenTrain-Event")).IsEqualTo(type);
            await Assert.That(delivery.Id).Matches("^dlv_[0-9a-f]{24}$");
            await Assert.That(delivery.Signature).Matches("^t=[0-9]+,v1=[0-9a-f]{64}$");
            await Assert.That(delivery.Path).IsEqualTo("/hook");
        }
        await Assert.That(got[0].Id).IsNotEqualTo(got[1].Id);
        await Assert.That(await NodeHmac.VerifyAsync(Secrets.Listen, got.Select(d => (d.Signature, d.Body)))).IsEquivalentTo(new[] { true, true });
        await Assert.That(await NodeHmac.VerifyAsync("whsec_someOtherSecret000", got.Select(d => (d.Signature, d.Body)))).IsEquivalentTo(new[] { false, false });

        var lines = Feed.JsonLines(result.Stdout);
        await Assert.That(lines.Count).IsEqualTo(2);
        await Assert.That(lines[0].Select(p => p.Key)).IsEquivalentTo(
            new[] { "event", "eventId", "deliveryId", "url", "status", "durationMs", "attempt", "error", "retryInMs" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(lines.Select(l => $"{l.Str("event")} {l.Str("eventId")} {l["status"]} {l["attempt"]} {l["error"]?.ToJsonString() ?? "null"} {l["retryInMs"]?.ToJsonString() ?? "null"}"))
            .IsEquivalentTo(new[] { "proposal.received 1042 200 1 null null", "message.received 1043 200 1 null null" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(lines.Select(l => l.Str("deliveryId"))).IsEquivalentTo(got.Select(d => d.Id), TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(lines[0].Str("url")).IsEqualTo(receiver.Url);
        await Assert.That(result.Stderr).StartsWith(
            $"Forwarding events to {receiver.Url} as signed webhook deliveries (Ctrl-C to stop).\n" +
            "Signing with the secret given by --secret.\n" +
            "Starting after event 0.\n");
        await Assert.That(result.Stderr).EndsWith($"Stopped after event 1043: cursor 1043 saved in {cursor}: the same command resumes after it.\n");
        await Assert.That(api.Requests[0].Query).IsEqualTo("?cursor=0");
        await Assert.That(api.Requests.All(r => r.Header("Authorization") == $"Bearer {ApiSession.Token}")).IsTrue();

        // verify accepts exactly what listen sent, and nothing else.
        var body = cursor + ".body";
        await File.WriteAllBytesAsync(body, got[0].Body);
        var verified = await CliRunner.RunAsync(["webhooks", "verify", "--secret", Secrets.Listen, "--signature", got[0].Signature, "--payload-file", body]);
        await Assert.That(verified.ExitCode).IsEqualTo(0).Because(verified.Stderr);
        await File.WriteAllBytesAsync(body, [.. got[0].Body, (byte)'\n']);
        var tampered = await CliRunner.RunAsync(["webhooks", "verify", "--secret", Secrets.Listen, "--signature", got[0].Signature, "--payload-file", body]);
        await Assert.That(tampered.ExitCode).IsEqualTo(1);
        await Assert.That(tampered.Stderr).StartsWith("Error: invalid signature: no v1 in the header is the HMAC-SHA256");
    }

    [Test]
    public async Task Human_output_is_one_line_per_delivery_on_stderr_and_nothing_on_stdout()
    {
        await using var s = await ListenSession.StartAsync();
        var (api, receiver) = (s.Api, s.Receiver);
        Feed.Serve(api.Server, "1043", Feed.Page("1043", false, E1, E2));

        // Without a cursor file nothing tells when the second answer was handled: give it a moment.
        var result = await Listening.RunUntilAsync(api.Env, async () => receiver.Received.Count >= 2 && await Task.Delay(1500).ContinueWith(_ => true), null,
            [.. Listen(receiver.Url, "--cursor", "0")]);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(result.Stdout).IsEmpty();
        await Assert.That(result.Stderr).EndsWith("Stopped after event 1043: resume after it with --cursor 1043.\n");
        var lines = result.Stderr.Split('\n').Where(l => l.Contains('→')).ToList();
        await Assert.That(lines.Count).IsEqualTo(2);
        await Assert.That(lines[0]).Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ  proposal\.received  1042  dlv_[0-9a-f]{24}  → 200 in \d+ ms$");
        await Assert.That(lines[1]).Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ  message\.received  1043  dlv_[0-9a-f]{24}  → 200 in \d+ ms$");
        await Assert.That(lines[0]).Contains(receiver.Received[0].Id);
    }

    [Test]
    public async Task A_500_is_retried_with_the_same_delivery_id_and_does_not_hold_up_the_next_event()
    {
        await using var s = await ListenSession.StartAsync(new Reply(500), new Reply(200), new Reply(200));
        var (api, receiver, cursor) = (s.Api, s.Receiver, s.Cursor);
        Feed.Serve(api.Server, "1043", Feed.Page("1043", false, E1, E2));

        // --retry-scale 0.005: the first retry comes 300 ms after the failure (1 min on the documented schedule).
        var result = await Listening.RunUntilAsync(api.Env, () => receiver.Received.Count >= 3 && Holds(cursor, "1043"),
            [.. Listen(receiver.Url, "--cursor", "0", "--json", "--retry-scale", "0.005", "--cursor-file", cursor)]);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        var got = receiver.Received;
        await Assert.That(got.Select(d => d.Text)).IsEquivalentTo(new[] { E1, E2, E1 }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(got[2].Id).IsEqualTo(got[0].Id);
        await Assert.That(got[1].Id).IsNotEqualTo(got[0].Id);
        await Assert.That(await NodeHmac.VerifyAsync(Secrets.Listen, got.Select(d => (d.Signature, d.Body)))).IsEquivalentTo(new[] { true, true, true });
        await Assert.That((got[2].At - got[0].At).TotalMilliseconds).IsGreaterThanOrEqualTo(250);
        var lines = Feed.JsonLines(result.Stdout);
        await Assert.That(lines.Select(l => $"{l.Str("eventId")} {l["attempt"]} {l["status"]} {l["retryInMs"]?.ToJsonString() ?? "null"}"))
            .IsEquivalentTo(new[] { "1042 1 500 300", "1043 1 200 null", "1042 2 200 null" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(Holds(cursor, "1043")).IsTrue();
    }

    [Test]
    public async Task A_delivery_that_keeps_failing_follows_the_documented_schedule_then_is_given_up_and_passed()
    {
        await using var s = await ListenSession.StartAsync([.. Enumerable.Repeat(new Reply(503), 5)]);
        var (api, receiver, cursor) = (s.Api, s.Receiver, s.Cursor);
        Feed.Serve(api.Server, "1042", Feed.Page("1042", false, E1));

        // 1, 5, 30 and 120 minutes × 0.0001 = 6, 30, 180 and 720 ms.
        var result = await Listening.RunUntilAsync(api.Env, () => receiver.Received.Count >= 5 && Holds(cursor, "1042"),
            [.. Listen(receiver.Url, "--cursor", "0", "--retry-scale", "0.0001", "--cursor-file", cursor)]);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        var got = receiver.Received;
        await Assert.That(got.Count).IsEqualTo(5);
        await Assert.That(got.Select(d => d.Id).Distinct().Count()).IsEqualTo(1);
        await Assert.That((got[3].At - got[2].At).TotalMilliseconds).IsGreaterThanOrEqualTo(150);
        await Assert.That((got[4].At - got[3].At).TotalMilliseconds).IsGreaterThanOrEqualTo(650);
        var lines = result.Stderr.Split('\n').Where(l => l.Contains('→')).Select(Arrow).ToList();
        await Assert.That(lines).IsEquivalentTo(new[]
        {
            "→ 503; retry 2 of 5 in 6 ms", "→ 503; retry 3 of 5 in 30 ms", "→ 503; retry 4 of 5 in 180 ms", "→ 503; retry 5 of 5 in 720 ms",
            "→ 503; gave up after 5 attempts",
        }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(Holds(cursor, "1042")).IsTrue();
    }

    [Test]
    public async Task A_receiver_that_hangs_past_10_s_is_a_failed_attempt_and_is_retried()
    {
        await using var s = await ListenSession.StartAsync(new Reply(200, TimeSpan.FromSeconds(60)), new Reply(200));
        var (api, receiver, cursor) = (s.Api, s.Receiver, s.Cursor);
        Feed.Serve(api.Server, "1042", Feed.Page("1042", false, E1));

        var result = await Listening.RunUntilAsync(api.Env, () => Task.FromResult(receiver.Received.Count >= 2 && Holds(cursor, "1042")), TimeSpan.FromSeconds(60),
            [.. Listen(receiver.Url, "--cursor", "0", "--json", "--retry-scale", "0.001", "--cursor-file", cursor)]);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        var lines = Feed.JsonLines(result.Stdout);
        await Assert.That(lines.Count).IsEqualTo(2);
        await Assert.That(lines[0]["status"]).IsNull();
        await Assert.That(lines[0].Str("error")).IsEqualTo("no response within 10 s");
        await Assert.That(lines[0]["durationMs"]!.GetValue<long>()).IsBetween(9_900L, 30_000L); // cut at 10 s, long before the 60 s answer
        await Assert.That(lines[0]["retryInMs"]!.GetValue<long>()).IsEqualTo(60L);
        await Assert.That(lines[1]["status"]!.GetValue<int>()).IsEqualTo(200);
        await Assert.That(lines[1]["attempt"]!.GetValue<int>()).IsEqualTo(2);
        await Assert.That(receiver.Received[1].Id).IsEqualTo(receiver.Received[0].Id);
    }

    [Test]
    public async Task A_refused_connection_is_a_failed_attempt_with_the_reason()
    {
        await using var s = await ListenSession.StartAsync();
        var (api, cursor) = (s.Api, s.Cursor);
        Feed.Serve(api.Server, "1042", Feed.Page("1042", false, E1));
        var closed = await ClosedPortAsync();

        var result = await Listening.RunUntilAsync(api.Env, () => Holds(cursor, "1042"),
            [.. Listen($"http://127.0.0.1:{closed}/hook", "--cursor", "0", "--json", "--retry-scale", "0", "--cursor-file", cursor)]);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        var lines = Feed.JsonLines(result.Stdout);
        await Assert.That(lines.Select(l => $"{l["attempt"]} {l["status"]?.ToJsonString() ?? "null"} {l.Str("error")}"))
            .IsEquivalentTo(Enumerable.Range(1, 5).Select(n => $"{n} null connection refused"), TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    [Test]
    public async Task Ctrl_c_gives_up_a_pending_retry_saves_the_cursor_after_the_last_delivered_event_and_exits_130()
    {
        await using var s = await ListenSession.StartAsync(new Reply(500), new Reply(200));
        var (api, receiver, cursor) = (s.Api, s.Receiver, s.Cursor);
        Feed.Serve(api.Server, "1043", Feed.Page("1043", false, E1, E2));

        // Default schedule: the retry of 1042 would come a minute later; Ctrl-C comes first.
        var result = await Listening.RunUntilAsync(api.Env, async () => receiver.Received.Count >= 2 && await Task.Delay(1500).ContinueWith(_ => true),
            null, [.. Listen(receiver.Url, "--cursor", "0", "--cursor-file", cursor)]);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(receiver.Received.Count).IsEqualTo(2);
        await Assert.That(Holds(cursor, "1043")).IsTrue();
        await Assert.That(result.Stderr).Contains($"; retry 2 of 5 in 1 min\n");
        await Assert.That(result.Stderr).Contains($"Gave up on proposal.received event 1042 ({receiver.Received[0].Id}) after 1 of 5 attempts: stopped before its next retry.\n");
        await Assert.That(result.Stderr).EndsWith($"Stopped after event 1043: cursor 1043 saved in {cursor}: the same command resumes after it.\n");
    }

    [Test]
    public async Task A_restart_with_the_cursor_file_resumes_without_loss_or_duplicates()
    {
        await using var s = await ListenSession.StartAsync();
        var (receiver, cursor) = (s.Receiver, s.Cursor);
        var e3 = Feed.Record("1044", "approval.confirmed");
        await using (var first = await ApiSession.StartAsync())
        {
            Feed.Serve(first.Server, "1043", Feed.Page("1043", false, E1, E2));
            var run = await Listening.RunUntilAsync(first.Env, () => receiver.Received.Count >= 2 && Holds(cursor, "1043"), [.. Listen(receiver.Url, "--cursor", "0", "--cursor-file", cursor)]);
            await Assert.That(run.ExitCode).IsEqualTo(130);
        }
        await using var second = await ApiSession.StartAsync();
        Feed.Serve(second.Server, "1044", Feed.Page("1044", false, e3));

        var again = await Listening.RunUntilAsync(second.Env, () => receiver.Received.Count >= 3 && Holds(cursor, "1044"), [.. Listen(receiver.Url, "--cursor-file", cursor)]);

        await Assert.That(again.ExitCode).IsEqualTo(130);
        await Assert.That(second.Requests[0].Query).IsEqualTo("?cursor=1043");
        await Assert.That(again.Stderr).Contains($"Resuming after event 1043 (saved in {cursor}).\n");
        await Assert.That(receiver.Received.Select(d => d.Text)).IsEquivalentTo(new[] { E1, E2, e3 }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    [Test]
    public async Task An_attempt_cut_by_ctrl_c_is_sent_again_after_a_restart_with_the_same_delivery_id()
    {
        await using var s = await ListenSession.StartAsync(new Reply(200, TimeSpan.FromSeconds(30)));
        var (api, receiver, cursor) = (s.Api, s.Receiver, s.Cursor);
        // The feed as the API keeps it: event 1042, and nothing after it.
        api.Server.On("GET", Feed.Path, r => StubResponse.Json(200, r.Query == "?cursor=1042" ? Feed.Page("1042", false) : Feed.Page("1042", false, E1)), times: 100_000);

        var run = await Listening.RunUntilAsync(api.Env, () => receiver.Received.Count >= 1, [.. Listen(receiver.Url, "--cursor", "0", "--cursor-file", cursor)]);

        await Assert.That(run.ExitCode).IsEqualTo(130);
        await Assert.That(run.Stderr).Contains("1 fetched event was not sent yet and comes again next time");
        await Assert.That(Holds(cursor, "0")).IsTrue();

        var again = await Listening.RunUntilAsync(api.Env, () => receiver.Received.Count >= 2 && Holds(cursor, "1042"), [.. Listen(receiver.Url, "--cursor-file", cursor)]);

        await Assert.That(again.ExitCode).IsEqualTo(130);
        await Assert.That(again.Stderr).Contains($"Resuming after event 0 (saved in {cursor}).\n");
        await Assert.That(receiver.Received[1].Id).IsEqualTo(receiver.Received[0].Id);
        await Assert.That(receiver.Received[1].Text).IsEqualTo(E1);
    }

    [Test]
    public async Task Without_a_cursor_it_starts_at_the_end_of_the_feed_and_forwards_only_new_events()
    {
        await using var s = await ListenSession.StartAsync();
        var (api, receiver, cursor) = (s.Api, s.Receiver, s.Cursor);
        var e3 = Feed.Record("1044", "approval.confirmed");
        Feed.Serve(api.Server, "1044", Feed.Page("1042", true, E1), Feed.Page("1043", false, E2), Feed.Page("1044", false, e3));

        var result = await Listening.RunUntilAsync(api.Env, () => receiver.Received.Count >= 1 && Holds(cursor, "1044"), [.. Listen(receiver.Url, "--cursor-file", cursor)]);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(receiver.Received.Select(d => d.Text)).IsEquivalentTo(new[] { e3 });
        await Assert.That(api.Requests.Take(3).Select(r => r.Query)).IsEquivalentTo(new[] { "", "?cursor=1042", "?cursor=1043" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(result.Stderr).Contains("Starting after event 1043, the end of the feed: only new events are forwarded (--cursor 0 replays the history).\n");
    }

    [Test]
    public async Task Events_filters_by_type_and_the_skipped_ones_move_the_cursor()
    {
        await using var s = await ListenSession.StartAsync();
        var (api, receiver, cursor) = (s.Api, s.Receiver, s.Cursor);
        var e3 = Feed.Record("1044", "approval.confirmed");
        Feed.Serve(api.Server, "1044", Feed.Page("1044", false, E1, E2, e3));

        var result = await Listening.RunUntilAsync(api.Env, () => receiver.Received.Count >= 2 && Holds(cursor, "1044"),
            [.. Listen(receiver.Url, "--cursor", "0", "--events", "approval.confirmed", "--events=proposal.received", "--cursor-file", cursor)]);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        await Assert.That(receiver.Received.Select(d => d.Text)).IsEquivalentTo(new[] { E1, e3 }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(result.Stderr).Contains("Only proposal.received, approval.confirmed (--events).\n");
    }

    [Test]
    public async Task Without_a_secret_a_session_secret_is_printed_once_at_start_and_signs_every_delivery()
    {
        await using var s = await ListenSession.StartAsync();
        var (api, receiver) = (s.Api, s.Receiver);
        Feed.Serve(api.Server, "1042", Feed.Page("1042", false, E1));

        var result = await Listening.RunUntilAsync(api.Env, () => receiver.Received.Count >= 1,
            ["webhooks", "listen", "--forward-to", receiver.Url, "--cursor", "0", "--interval", "0.05"]);

        await Assert.That(result.ExitCode).IsEqualTo(130);
        var secret = SessionSecret().Match(result.Stderr);
        await Assert.That(secret.Success).IsTrue().Because(result.Stderr);
        await Assert.That(Regex.Count(result.AllOutput, "whsec_")).IsEqualTo(1);
        await Assert.That(result.Stderr.Split('\n')[1]).IsEqualTo($"Signing secret for this session: {secret.Groups[1].Value} (configure your receiver with it; it is shown only now)");
        await Assert.That(await NodeHmac.VerifyAsync(secret.Groups[1].Value, receiver.Received[0])).IsTrue();
    }

    [Test]
    public async Task Insecure_forward_allows_plain_http_to_another_host_and_a_missing_token_fails_before_the_secret_is_shown()
    {
        await using var api = await ApiSession.StartAsync(withToken: false);

        var result = await api.RunAsync("webhooks", "listen", "--forward-to", "http://192.0.2.10:3000/hook", "--insecure-forward");

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).StartsWith("Error: Not logged in");
        await Assert.That(result.AllOutput).DoesNotContain("whsec_");
        await Assert.That(api.Requests).IsEmpty();
    }

    private static async Task<int> ClosedPortAsync()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        await Task.Yield();
        return port;
    }

    /// <summary>"→ 503; retry 2 of 5 in 6 ms" out of "… → 503 in 3 ms; retry 2 of 5 in 6 ms" (the duration varies).</summary>
    private static string Arrow(string line) => Duration().Replace(line[line.IndexOf('→', StringComparison.Ordinal)..], "$1", 1);

    [GeneratedRegex(@"^(→ \d+) in \d+ ms")]
    private static partial Regex Duration();

    [GeneratedRegex(@"Signing secret for this session: (whsec_[0-9a-f]{32}) ")]
    private static partial Regex SessionSecret();
}
