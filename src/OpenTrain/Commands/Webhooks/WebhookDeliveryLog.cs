using System.Globalization;
using System.Text;
using System.Text.Json;
using OpenTrain.Generated;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>
/// What <c>webhooks listen</c> and <c>trigger</c> print per delivery attempt: one line on stderr (time, event type,
/// event id, delivery id, <c>→ &lt;status&gt; in &lt;ms&gt;</c> or the failure, and what happens next), or with
/// <c>--json</c> one JSON object per line on stdout. Attempts finish on several tasks: every write holds one lock.
/// </summary>
internal sealed class WebhookDeliveryLog(CommandContext context, Uri target)
{
    private readonly object gate = new();

    public void Attempt(WebhookDelivery delivery, int attempt, DeliveryAttempt result, TimeSpan? retryIn, bool retried = true)
    {
        lock (gate)
        {
            if (context.Global.Json)
            {
                context.Terminal.Out.WriteLine(Json(delivery, attempt, result, retryIn));
                context.Terminal.Out.Flush();
                return;
            }
            var next = !retried ? ""
                : result.Succeeded ? (attempt > 1 ? $" (attempt {attempt} of {WebhookForwarder.MaxAttempts})" : "")
                : retryIn is { } wait ? $"; retry {attempt + 1} of {WebhookForwarder.MaxAttempts} in {Duration(wait)}"
                : $"; gave up after {attempt} attempts";
            var time = context.Time.GetUtcNow().UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture);
            Line($"{time}  {delivery.EventType}  {delivery.EventId}  {delivery.DeliveryId}  → {result.Result}{next}");
        }
    }

    /// <summary>A line for the human on stderr, over the "waiting" line a terminal may show.</summary>
    public void Note(string text)
    {
        lock (gate) Line(text);
    }

    private void Line(string text)
    {
        var err = context.Terminal.Err;
        if (context.Terminal.IsStderrTty) err.WriteControl("\r\u001b[K");
        err.WriteLine(text);
    }

    /// <summary><c>{"event","eventId","deliveryId","url","status","durationMs","attempt","error","retryInMs"}</c>, compact.</summary>
    private string Json(WebhookDelivery delivery, int attempt, DeliveryAttempt result, TimeSpan? retryIn)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonStringifyEncoder.Instance }))
        {
            writer.WriteStartObject();
            writer.WriteString("event", delivery.EventType);
            writer.WriteString("eventId", delivery.EventId);
            writer.WriteString("deliveryId", delivery.DeliveryId);
            writer.WriteString("url", target.OriginalString);
            if (result.Status is { } status) writer.WriteNumber("status", status);
            else writer.WriteNull("status");
            writer.WriteNumber("durationMs", (long)result.Duration.TotalMilliseconds);
            writer.WriteNumber("attempt", attempt);
            if (result.Error is null) writer.WriteNull("error");
            else writer.WriteString("error", result.Error);
            if (retryIn is { } wait) writer.WriteNumber("retryInMs", (long)wait.TotalMilliseconds);
            else writer.WriteNull("retryInMs");
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length);
    }

    /// <summary>60 s reads "1 min"; shorter waits (scaled by --retry-scale) in seconds or milliseconds.</summary>
    internal static string Duration(TimeSpan wait) =>
        wait.TotalSeconds >= 60 && wait.TotalSeconds % 60 == 0 ? $"{wait.TotalMinutes.ToString("0", CultureInfo.InvariantCulture)} min"
        : wait.TotalSeconds >= 1 ? $"{wait.TotalSeconds.ToString("0.#", CultureInfo.InvariantCulture)} s"
        : $"{wait.TotalMilliseconds.ToString("0", CultureInfo.InvariantCulture)} ms";
}
