using System.Diagnostics;
using System.Net.Sockets;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Webhooks;

/// <summary>
/// The receiver printed in docs/webhooks.md, run as written by a real <c>node</c>: it accepts what
/// <c>listen</c> and <c>trigger</c> send, refuses a wrong secret, and handles a repeated delivery id once.
/// </summary>
public class DocsReceiverTests
{
    [Test]
    public async Task The_documented_node_receiver_verifies_listen_and_trigger_deliveries()
    {
        if (!NodeHmac.Available) Skip.Test("node is not installed");
        using var dir = new TestEnvironment();
        var script = Path.Combine(dir.Root, "receiver.mjs");
        await File.WriteAllTextAsync(script, ReceiverFromDocs());
        var port = FreePort();
        var start = new ProcessStartInfo("node", [script]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.Environment["PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["WEBHOOK_SECRET"] = Secrets.Docs;
        using var node = Process.Start(start)!;
        var printed = new List<string>();
        node.OutputDataReceived += (_, e) => { if (e.Data is { } line) lock (printed) printed.Add(line); };
        node.BeginOutputReadLine();
        try
        {
            var url = $"http://127.0.0.1:{port}/webhooks";
            await WaitListeningAsync(port);

            await using var api = await ApiSession.StartAsync();
            Feed.Serve(api.Server, "1043", Feed.Page("1043", false, Feed.Record("1042"), Feed.Record("1043", "message.received")));
            var cursor = Path.Combine(dir.Root, "cursor");
            var listened = await Listening.RunUntilAsync(api.Env, () => Count(printed) >= 2 && File.Exists(cursor) && File.ReadAllText(cursor) == "1043\n",
                ["webhooks", "listen", "--forward-to", url, "--secret", Secrets.Docs, "--cursor", "0", "--interval", "0.05", "--json", "--cursor-file", cursor]);
            var triggered = await CliRunner.RunAsync(["webhooks", "trigger", "contract.created", "--forward-to", url, "--secret", Secrets.Docs, "--json"]);
            var forged = await CliRunner.RunAsync(["webhooks", "trigger", "contract.created", "--forward-to", url, "--secret", "whsec_notTheReceiversSecret000"]);

            await Assert.That(listened.ExitCode).IsEqualTo(130);
            await Assert.That(Feed.JsonLines(listened.Stdout).Select(l => l["status"]!.GetValue<int>())).IsEquivalentTo(new[] { 204, 204 });
            await Assert.That(triggered.ExitCode).IsEqualTo(0).Because(triggered.Stderr);
            await Assert.That(forged.ExitCode).IsEqualTo(1);
            await Assert.That(forged.Stderr).Contains("→ 400 in ");

            // A retry of a delivery it already handled: accepted, not handled twice.
            var first = Feed.JsonLines(listened.Stdout)[0];
            using var http = new HttpClient();
            var body = System.Text.Encoding.UTF8.GetBytes(Feed.Record("1042"));
            using var again = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
            again.Headers.TryAddWithoutValidation("X-OpenTrain-Delivery", first.Str("deliveryId"));
            again.Headers.TryAddWithoutValidation("X-OpenTrain-Signature", OpenTrain.Commands.Webhooks.WebhookSignature.Header(Secrets.Docs, DateTimeOffset.UtcNow.ToUnixTimeSeconds(), body));
            using var retried = await http.SendAsync(again);
            await Assert.That((int)retried.StatusCode).IsEqualTo(204);

            await Task.Delay(200);
            var seen = Snapshot(printed);
            await Assert.That(seen.Count).IsEqualTo(3);
            await Assert.That(seen[0]).IsEqualTo("""proposal.received 1042 {"proposalId":"prop_1042","jobId":"job_1"}""");
            await Assert.That(seen[1]).IsEqualTo("""message.received 1043 {"proposalId":"prop_1043","jobId":"job_1"}""");
            await Assert.That(seen[2]).StartsWith("contract.created ");
        }
        finally
        {
            if (!node.HasExited) node.Kill();
            await node.WaitForExitAsync();
        }
    }

    /// <summary>The code block after the <c>&lt;!-- receiver.mjs --&gt;</c> marker of docs/webhooks.md.</summary>
    private static string ReceiverFromDocs()
    {
        var text = File.ReadAllText(Path.Combine(RepoPaths.Root(), "docs", "webhooks.md"));
        var marker = text.IndexOf("<!-- receiver.mjs -->", StringComparison.Ordinal);
        var open = text.IndexOf("```js\n", marker, StringComparison.Ordinal) + "```js\n".Length;
        return text[open..text.IndexOf("```", open, StringComparison.Ordinal)];
    }

    private static int Count(List<string> lines)
    {
        lock (lines) return lines.Count;
    }

    private static List<string> Snapshot(List<string> lines)
    {
        lock (lines) return [.. lines];
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        return ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static async Task WaitListeningAsync(int port)
    {
        for (var i = 0; i < 200; i++)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(System.Net.IPAddress.Loopback, port);
                return;
            }
            catch (SocketException)
            {
                await Task.Delay(50);
            }
        }
        throw new TimeoutException("the receiver did not start listening");
    }
}
