using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace OpenTrain.Sandbox.Tests.Support;

/// <summary>One delivery as received: headers and the raw body text.</summary>
public sealed record ReceivedDelivery(string Event, string DeliveryId, string Signature, string UserAgent, string ContentType, string Body);

/// <summary>A loopback HTTP receiver for webhook deliveries; answers with queued statuses (then 200).</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentQueue<int> _statuses = new();
    private readonly Channel<ReceivedDelivery> _received = Channel.CreateUnbounded<ReceivedDelivery>();

    private WebhookReceiver(WebApplication app) => _app = app;

    public string Url { get; private set; } = "";

    public static async Task<WebhookReceiver> StartAsync(params int[] statuses)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        foreach (var s in statuses) receiver._statuses.Enqueue(s);
        app.MapPost("/hook", (RequestDelegate)(async http =>
        {
            using var reader = new StreamReader(http.Request.Body);
            var body = await reader.ReadToEndAsync();
            var h = http.Request.Headers;
            await receiver._received.Writer.WriteAsync(new ReceivedDelivery(h["X-OpenTrain-Event"].ToString(), h["X-OpenTrain-Delivery"].ToString(),
                h["X-OpenTrain-Signature"].ToString(), h.UserAgent.ToString(), h.ContentType.ToString(), body));
            http.Response.StatusCode = receiver._statuses.TryDequeue(out var status) ? status : 200;
        }));
        await app.StartAsync();
        receiver.Url = app.Urls.First().TrimEnd('/') + "/hook";
        return receiver;
    }

    /// <summary>The next delivery, or a TimeoutException after 10 s.</summary>
    public async Task<ReceivedDelivery> NextAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await _received.Reader.ReadAsync(timeout.Token);
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
