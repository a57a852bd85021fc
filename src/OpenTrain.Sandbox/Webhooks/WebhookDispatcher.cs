using System.Collections.Concurrent;
using OpenTrain.Sandbox.Endpoints;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Webhooks;

/// <summary>
/// Delivers each new event to matching ACTIVE subscriptions: signed POST, retries on the configured schedule,
/// auto-disable after consecutive failed deliveries. Only loopback URLs are contacted; others are logged as <c>not_sent</c>.
/// </summary>
public sealed class WebhookDispatcher(SandboxState state)
{
    private const string DisabledReason = "Disabled after repeated delivery failures";
    private readonly ConcurrentDictionary<string, Task> _inFlight = new();

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false, ActivityHeadersPropagator = null }) { Timeout = state.Options.WebhookTimeout };
        try
        {
            await foreach (var e in state.EventStream.Reader.ReadAllAsync(cancellationToken))
            {
                List<(WebhookSubscription Hook, WebhookDelivery Delivery)> targets;
                lock (state.Sync)
                {
                    targets = state.Webhooks.All
                        .Where(w => w.AccountId == e.AccountId && w.Status == "ACTIVE" && w.StartAfterSequence < e.Sequence && w.EventTypes.Contains(e.Type))
                        .Select(w => (w, state.Deliveries.Add(new WebhookDelivery { Id = state.NewId("dlv"), WebhookId = w.Id, EventId = e.Id, EventType = e.Type })))
                        .ToList();
                }
                foreach (var (hook, delivery) in targets)
                {
                    var task = DeliverAsync(http, hook, delivery, WebhookSigner.Body(EventViews.Event(e)), cancellationToken);
                    _inFlight[delivery.Id] = task;
                    _ = task.ContinueWith(_ => _inFlight.TryRemove(delivery.Id, out Task? _), TaskScheduler.Default);
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
        await Task.WhenAll(_inFlight.Values.ToArray()).ContinueWith(_ => { }, TaskScheduler.Default);
    }

    private async Task DeliverAsync(HttpClient http, WebhookSubscription hook, WebhookDelivery delivery, byte[] body, CancellationToken ct)
    {
        var uri = new Uri(hook.Url);
        if (!WebhooksEndpoints.IsLoopback(uri))
        {
            lock (state.Sync) delivery.Status = "not_sent";
            return;
        }
        var delays = state.Options.WebhookRetryDelays;
        for (var attempt = 0; attempt <= delays.Count; attempt++)
        {
            if (attempt > 0) await Task.Delay(delays[attempt - 1], ct);
            lock (state.Sync)
            {
                if (hook.Deleted || hook.Status != "ACTIVE")
                {
                    delivery.Status = "cancelled";
                    return;
                }
                delivery.Attempts++;
            }
            var (ok, status, error) = await SendAsync(http, hook, delivery, body, ct);
            lock (state.Sync)
            {
                delivery.LastStatusCode = status;
                delivery.LastError = error;
                if (ok)
                {
                    delivery.Status = "succeeded";
                    hook.ConsecutiveFailures = 0;
                    return;
                }
                delivery.Status = attempt < delays.Count ? "retrying" : "failed";
            }
        }
        lock (state.Sync)
        {
            hook.ConsecutiveFailures++;
            if (hook.ConsecutiveFailures >= state.Options.WebhookDisableAfterFailures && hook.Status == "ACTIVE")
            {
                hook.Status = "DISABLED";
                hook.DisabledAt = state.Now;
                hook.DisabledReason = DisabledReason;
            }
        }
    }

    private async Task<(bool Ok, int? Status, string? Error)> SendAsync(HttpClient http, WebhookSubscription hook, WebhookDelivery delivery, byte[] body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, hook.Url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        request.Headers.UserAgent.ParseAdd("OpenTrain-Webhooks/1.0");
        request.Headers.Add("X-OpenTrain-Event", delivery.EventType);
        request.Headers.Add("X-OpenTrain-Delivery", delivery.Id);
        request.Headers.Add("X-OpenTrain-Signature", WebhookSigner.Sign(hook.Secret, state.Now.ToUnixTimeSeconds(), body));
        try
        {
            using var response = await http.SendAsync(request, ct);
            return ((int)response.StatusCode is >= 200 and < 300, (int)response.StatusCode, null);
        }
        catch (HttpRequestException e)
        {
            return (false, null, e.Message);
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            return (false, null, "timeout");
        }
    }
}
