using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using OpenTrain.Generated;
using OpenTrain.Json;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>
/// <c>webhooks trigger</c>: one sample record of an event type (spec §2.5.2–2.5.3: ids only; fresh random ids
/// and a numeric event id each time), delivered once as the API would, signed the same way as <c>listen</c>.
/// </summary>
internal static class WebhooksTriggerCommand
{
    /// <summary>Per type: the primary resource's id prefix and the <c>data</c> it carries (ids in the sandbox's formats).</summary>
    private static readonly Dictionary<string, (string Resource, string Fires, Action<Utf8JsonWriter, Func<string, string>> Data)> Samples = new(StringComparer.Ordinal)
    {
        ["proposal.received"] = ("prop", "a new proposal on one of your jobs",
            (w, id) => { w.WriteString("proposalId", id("prop")); w.WriteString("jobId", id("job")); }),
        ["proposal.status_changed"] = ("prop", "a proposal moves status (shortlisted, hired, declined…)",
            (w, id) => { w.WriteString("proposalId", id("prop")); w.WriteString("status", "SHORTLISTED"); }),
        ["message.received"] = ("msg", "a message in a conversation you are in",
            (w, id) => { w.WriteString("conversationId", id("conv")); w.WriteString("messageId", id("msg")); }),
        ["contract.created"] = ("ctr", "a hire completed: the contract exists",
            (w, id) => { w.WriteString("contractId", id("ctr")); w.WriteString("jobId", id("job")); w.WriteString("proposalId", id("prop")); }),
        ["milestone.status_changed"] = ("ms", "a milestone is created, funded, paid or cancelled",
            (w, id) => { w.WriteString("milestoneId", id("ms")); w.WriteString("contractId", id("ctr")); w.WriteString("status", "ACTIVE_FUNDED"); }),
        ["payment.pending"] = ("inv", "an invoice awaits action",
            (w, id) => { w.WriteString("invoiceId", id("inv")); w.WriteString("milestoneId", id("ms")); w.WriteString("contractId", id("ctr")); }),
        ["approval.confirmed"] = ("appr", "a co-sign approval reaches a final state (confirmed, declined, expired)",
            (w, id) => { w.WriteString("approvalId", id("appr")); w.WriteString("status", "confirmed"); }),
        ["contract.budget_state_changed"] = ("ctr", "a contract's budget moves between OK, LOW and DEPLETED", (w, id) =>
        {
            w.WriteString("contractId", id("ctr"));
            w.WriteString("previousState", "OK");
            w.WriteString("state", "LOW");
            w.WriteString("paymentType", "PAY_PER_HOUR");
            w.WriteNumber("fundedVolume", 40);
            w.WriteNumber("consumedVolume", 34);
            w.WriteNumber("remainingVolume", 6);
            w.WriteNumber("consumedFraction", 0.85m);
        }),
    };

    /// <summary>The event type to send: given, and one of the eight (a typo gets a suggestion).</summary>
    internal static string EventType(string? typed, ArgumentNames names) =>
        string.IsNullOrWhiteSpace(typed)
            ? throw new UsageException($"give an event type (one of: {string.Join(", ", WebhookEvents.All)}), or {names["list"]} to see a sample of each")
            : WebhookEvents.One(typed, names["eventType"]);

    /// <summary>A sample record, compact as a delivery body: one set of random ids, shared where the record repeats one.</summary>
    internal static byte[] Sample(string type, DateTimeOffset now)
    {
        var (resource, _, data) = Samples[type];
        var ids = new Dictionary<string, string>(StringComparer.Ordinal);
        string Id(string prefix) => ids.TryGetValue(prefix, out var id) ? id : ids[prefix] = $"{prefix}_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(6))}";
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonStringifyEncoder.Instance }))
        {
            writer.WriteStartObject();
            writer.WriteString("id", EventId(now));
            writer.WriteString("type", type);
            writer.WriteString("apiVersion", "v1");
            writer.WriteString("createdAt", now.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture));
            writer.WriteString("resourceId", Id(resource));
            writer.WriteString("jobId", Id("job"));
            writer.WritePropertyName("data");
            writer.WriteStartObject();
            data(writer, Id);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return buffer.ToArray();
    }

    /// <summary>A numeric id, as the feed's are (milliseconds since 1970: a later sample has a larger one).</summary>
    private static string EventId(DateTimeOffset now) => now.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture);

    /// <summary><c>--list</c>: each type, when it fires and a sample record; with <c>--json</c> one array of samples.</summary>
    internal static void WriteList(CommandContext context)
    {
        var now = context.Time.GetUtcNow();
        var output = context.Terminal.Out;
        if (context.Global.Json)
        {
            JsonOutput.CopyIndented(new MemoryStream(System.Text.Encoding.UTF8.GetBytes($"[{string.Join(',', WebhookEvents.All.Select(t => System.Text.Encoding.UTF8.GetString(Sample(t, now))))}]"), writable: false), context.Terminal);
            return;
        }
        foreach (var type in WebhookEvents.All)
        {
            output.WriteLine($"{type}: {Samples[type].Fires}");
            output.WriteLine($"  {System.Text.Encoding.UTF8.GetString(Sample(type, now))}");
        }
        output.WriteLine();
        output.WriteLine("Send one: opentrain webhooks trigger <event-type> --forward-to <url> --secret whsec_…");
    }

    /// <summary>One attempt, reported as listen reports it; exit 1 unless the receiver answered 2xx within 10 s.</summary>
    internal static async Task RunAsync(CommandContext context, string type, Uri target, SigningSecret signing, CancellationToken cancellationToken)
    {
        var now = context.Time.GetUtcNow();
        var delivery = WebhookDelivery.For(EventId(now), type, Sample(type, now), context.BaseUrl);
        var log = new WebhookDeliveryLog(context, target);
        log.Note(signing.Announcement);
        using var forwarder = new WebhookForwarder(target, signing.Secret, context.Time);
        var result = await forwarder.SendAsync(delivery, cancellationToken);
        if (context.Global.Json) context.Terminal.JsonWritten = true;
        log.Attempt(delivery, 1, result, retryIn: null, retried: false);
        if (!result.Succeeded)
            throw new CliException($"the receiver did not accept the delivery ({(result.Status is { } status ? $"HTTP {status}" : result.Error)}): a delivery succeeds only with a 2xx within 10 s");
    }
}
