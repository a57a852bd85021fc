using System.Text.Json.Nodes;
using OpenTrain.Commands.Webhooks;
using OpenTrain.Tests.Support;

namespace OpenTrain.Tests.Commands.Webhooks;

/// <summary><c>webhooks trigger</c>: a realistic sample of every documented type, delivered and signed as <c>listen</c> does.</summary>
public class TriggerTests
{
    /// <summary>The catalog of spec §2.5.3: each type's <c>data</c> keys, in order.</summary>
    public static IEnumerable<(string Type, string Keys)> Catalog() =>
    [
        ("proposal.received", "proposalId,jobId"),
        ("proposal.status_changed", "proposalId,status"),
        ("message.received", "conversationId,messageId"),
        ("contract.created", "contractId,jobId,proposalId"),
        ("milestone.status_changed", "milestoneId,contractId,status"),
        ("payment.pending", "invoiceId,milestoneId,contractId"),
        ("approval.confirmed", "approvalId,status"),
        ("contract.budget_state_changed", "contractId,previousState,state,paymentType,fundedVolume,consumedVolume,remainingVolume,consumedFraction"),
    ];

    [Test]
    public async Task The_catalog_here_is_the_documented_one()
    {
        await Assert.That(Catalog().Select(c => c.Type)).IsEquivalentTo(WebhookEvents.All, TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

    [Test]
    [MethodDataSource(nameof(Catalog))]
    public async Task Every_type_has_a_sample_delivered_with_the_headers_and_a_signature_node_and_verify_accept(string type, string keys)
    {
        await using var receiver = await WebhookReceiver.StartAsync();

        var result = await CliRunner.RunAsync(["webhooks", "trigger", type, "--forward-to", receiver.Url, "--secret", Secrets.Trigger]);

        await Assert.That(result.ExitCode).IsEqualTo(0).Because(result.Stderr);
        var delivery = receiver.Received.Single();
        var record = JsonNode.Parse(delivery.Text)!.AsObject();
        await Assert.That(record.Select(p => p.Key)).IsEquivalentTo(
            new[] { "id", "type", "apiVersion", "createdAt", "resourceId", "jobId", "data" }, TUnit.Assertions.Enums.CollectionOrdering.Matching);
        await Assert.That(record["type"]!.GetValue<string>()).IsEqualTo(type);
        await Assert.That(record["apiVersion"]!.GetValue<string>()).IsEqualTo("v1");
        await Assert.That(record["id"]!.GetValue<string>()).Matches("^[0-9]+$");
        await Assert.That(record["createdAt"]!.GetValue<string>()).Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$");
        await Assert.That(string.Join(',', record["data"]!.AsObject().Select(p => p.Key))).IsEqualTo(keys);
        // Ids only: every data value is an id, a status word or a number, never a name or an amount of money.
        await Assert.That(delivery.Text).DoesNotContain(" ");
        await Assert.That(delivery.Header("X-OpenTrain-Event")).IsEqualTo(type);
        await Assert.That(delivery.Header("User-Agent")).IsEqualTo("OpenTrain-Webhooks/1.0");
        await Assert.That(delivery.Header("Content-Type")).IsEqualTo("application/json");
        await Assert.That(delivery.Id).Matches("^dlv_[0-9a-f]{24}$");
        await Assert.That(await NodeHmac.VerifyAsync(Secrets.Trigger, delivery)).IsTrue();
        await Assert.That(result.Stderr).Matches($@"^Signing with the secret given by --secret\.\n\S+  {type.Replace(".", "\\.")}  [0-9]+  dlv_[0-9a-f]{{24}}  → 200 in \d+ ms\n$");

        var verified = await CliRunner.RunAsync(["webhooks", "verify", "--secret", Secrets.Trigger, "--signature", delivery.Signature], stdin: delivery.Text);
        await Assert.That(verified.ExitCode).IsEqualTo(0).Because(verified.Stderr);
    }

    [Test]
    public async Task Two_triggers_send_two_different_records_and_json_prints_the_attempt()
    {
        await using var receiver = await WebhookReceiver.StartAsync();

        var first = await CliRunner.RunAsync(["webhooks", "trigger", "payment.pending", "--forward-to", receiver.Url, "--secret", Secrets.Trigger, "--json"]);
        var second = await CliRunner.RunAsync(["webhooks", "trigger", "payment.pending", "--forward-to", receiver.Url, "--secret", Secrets.Trigger]);

        await Assert.That(second.ExitCode).IsEqualTo(0);
        var line = Feed.JsonLines(first.Stdout).Single();
        await Assert.That(line.Str("event")).IsEqualTo("payment.pending");
        await Assert.That(line["status"]!.GetValue<int>()).IsEqualTo(200);
        await Assert.That(line.Str("deliveryId")).IsEqualTo(receiver.Received[0].Id);
        await Assert.That(receiver.Received[0].Text).IsNotEqualTo(receiver.Received[1].Text);
        await Assert.That(receiver.Received[0].Id).IsNotEqualTo(receiver.Received[1].Id);
    }

    [Test]
    public async Task A_receiver_that_refuses_is_exit_1_with_the_status()
    {
        await using var receiver = await WebhookReceiver.StartAsync(new Reply(401));

        var result = await CliRunner.RunAsync(["webhooks", "trigger", "approval.confirmed", "--forward-to", receiver.Url, "--secret", Secrets.Trigger]);

        await Assert.That(result.ExitCode).IsEqualTo(1);
        await Assert.That(result.Stderr).Contains("  → 401 in ");
        await Assert.That(result.Stderr).EndsWith("Error: the receiver did not accept the delivery (HTTP 401): a delivery succeeds only with a 2xx within 10 s\n");
        await Assert.That(receiver.Received.Count).IsEqualTo(1);
    }

    [Test]
    public async Task List_prints_every_type_with_a_sample()
    {
        var human = await CliRunner.RunAsync(["webhooks", "trigger", "--list"]);
        var json = await CliRunner.RunAsync(["webhooks", "trigger", "--list", "--json"]);

        await Assert.That(human.ExitCode).IsEqualTo(0);
        foreach (var type in WebhookEvents.All) await Assert.That(human.Stdout).Contains($"{type}: ");
        var samples = JsonNode.Parse(json.Stdout)!.AsArray();
        await Assert.That(samples.Select(s => s!["type"]!.GetValue<string>())).IsEquivalentTo(WebhookEvents.All, TUnit.Assertions.Enums.CollectionOrdering.Matching);
    }

}
