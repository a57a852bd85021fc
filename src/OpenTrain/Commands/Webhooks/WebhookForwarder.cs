using System.Net.Sockets;
using System.Runtime.InteropServices;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using OpenTrain.Config;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>
/// One event record to deliver: its id and type, the exact bytes of the record (the body), and the
/// delivery id. The id is derived from the API origin and those bytes, so it is the same on every retry
/// and after a restart (a receiver dedupes on it) and differs for every other record.
/// </summary>
internal sealed record WebhookDelivery(string EventId, string EventType, byte[] Body, string DeliveryId)
{
    public static WebhookDelivery For(string eventId, string eventType, byte[] body, BaseUrl origin)
    {
        var hash = SHA256.HashData([.. Encoding.UTF8.GetBytes(origin.Text + "\n"), .. body]);
        return new(eventId, eventType, body, "dlv_" + Convert.ToHexStringLower(hash)[..24]);
    }

    /// <summary>The records of an <c>/updates</c> page, each exactly as the feed sent it (the bytes between its braces).</summary>
    public static List<WebhookDelivery> FromFeed(byte[] page, BaseUrl origin)
    {
        using var document = JsonDocument.Parse(page);
        if (!document.RootElement.TryGetProperty("events", out var events) || events.ValueKind != JsonValueKind.Array)
            throw CliException.InvalidResponse("the /updates response has no events array");
        var deliveries = new List<WebhookDelivery>();
        foreach (var record in events.EnumerateArray())
        {
            var id = record.ValueKind == JsonValueKind.Object && record.TryGetProperty("id", out var i) ? i : default;
            var type = record.ValueKind == JsonValueKind.Object && record.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String ? t.GetString() : null;
            if (id.ValueKind is not (JsonValueKind.String or JsonValueKind.Number) || string.IsNullOrEmpty(type))
                throw CliException.InvalidResponse("an event in the /updates response has no id or type");
            var eventId = id.ValueKind == JsonValueKind.String ? id.GetString()! : id.GetRawText();
            deliveries.Add(For(eventId, type, JsonMarshal.GetRawUtf8Value(record).ToArray(), origin));
        }
        return deliveries;
    }
}

/// <summary>What one attempt got: the status (null without a response), how long it took, and the failure in words.</summary>
internal sealed record DeliveryAttempt(int? Status, TimeSpan Duration, string? Error)
{
    public bool Succeeded => Status is >= 200 and < 300;

    public string Result => Status is { } status ? $"{status} in {(long)Duration.TotalMilliseconds} ms" : Error!;
}

/// <summary>
/// POSTs a record as the API's webhook delivery does (spec §2.6.5): the record's bytes as the body,
/// <c>Content-Type: application/json</c>, <c>User-Agent: OpenTrain-Webhooks/1.0</c>, <c>X-OpenTrain-Event</c>,
/// <c>X-OpenTrain-Delivery</c>, and <c>X-OpenTrain-Signature</c> signed at the moment of each attempt. Success is a
/// 2xx within 10 s; redirects are not followed (a 3xx is a failure), and a loopback target is never proxied.
/// </summary>
internal sealed class WebhookForwarder : IDisposable
{
    public const string UserAgent = "OpenTrain-Webhooks/1.0";
    public static readonly TimeSpan Timeout = TimeSpan.FromSeconds(10);

    /// <summary>The documented schedule: 5 attempts, the retries 1, 5, 30 and 120 minutes after the one before.</summary>
    public static readonly TimeSpan[] RetryDelays = [TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(30), TimeSpan.FromMinutes(120)];

    public static int MaxAttempts => RetryDelays.Length + 1;

    private readonly HttpClient http;
    private readonly TimeProvider time;

    public WebhookForwarder(Uri target, string secret, TimeProvider time)
    {
        Target = target;
        Secret = secret;
        this.time = time;
        http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = !BaseUrl.IsLoopback(target), ConnectTimeout = Timeout, ActivityHeadersPropagator = null })
        {
            Timeout = System.Threading.Timeout.InfiniteTimeSpan,
        };
    }

    public Uri Target { get; }

    private string Secret { get; }

    public async Task<DeliveryAttempt> SendAsync(WebhookDelivery delivery, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Target) { Content = new ByteArrayContent(delivery.Body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.TryAddWithoutValidation("User-Agent", UserAgent);
        request.Headers.TryAddWithoutValidation("X-OpenTrain-Event", delivery.EventType);
        request.Headers.TryAddWithoutValidation("X-OpenTrain-Delivery", delivery.DeliveryId);
        request.Headers.TryAddWithoutValidation(WebhookSignature.HeaderName, WebhookSignature.Header(Secret, time.GetUtcNow().ToUnixTimeSeconds(), delivery.Body));
        var started = time.GetTimestamp();
        using var deadline = new CancellationTokenSource(Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            return new((int)response.StatusCode, time.GetElapsedTime(started), null);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new(null, time.GetElapsedTime(started), $"no response within {Timeout.TotalSeconds:0} s");
        }
        catch (HttpRequestException ex)
        {
            return new(null, time.GetElapsedTime(started), Describe(ex));
        }
    }

    private static string Describe(HttpRequestException ex) => ex.HttpRequestError switch
    {
        HttpRequestError.ConnectionError when ex.InnerException is SocketException { SocketErrorCode: SocketError.ConnectionRefused } => "connection refused",
        HttpRequestError.NameResolutionError => "could not resolve the host",
        HttpRequestError.SecureConnectionError => $"TLS handshake failed ({ExceptionText.Describe(ex.InnerException ?? ex)})",
        HttpRequestError.ResponseEnded => "the receiver closed the connection without answering",
        _ => ExceptionText.Describe(ex),
    };

    public void Dispose() => http.Dispose();
}
