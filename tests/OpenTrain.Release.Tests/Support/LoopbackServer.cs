using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace OpenTrain.Release.Tests.Support;

internal sealed record ServerResponse(int Status, byte[] Body, string ContentType = "application/octet-stream");

internal sealed record RecordedRequest(string Method, string Path, string Query, string? Authorization);

/// <summary>An HTTP server on 127.0.0.1 (a free port) that answers with a handler and records every request.</summary>
internal sealed class LoopbackServer : IAsyncDisposable
{
    private readonly HttpListener listener;
    private readonly Func<RecordedRequest, ServerResponse> handler;
    private readonly Task loop;

    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public string BaseUrl { get; }

    private LoopbackServer(HttpListener listener, string baseUrl, Func<RecordedRequest, ServerResponse> handler)
    {
        this.listener = listener;
        this.handler = handler;
        BaseUrl = baseUrl;
        loop = Task.Run(ServeAsync);
    }

    public static LoopbackServer Start(Func<RecordedRequest, ServerResponse> handler)
    {
        for (var attempt = 0; ; attempt++)
        {
            var probe = new TcpListener(IPAddress.Loopback, 0);
            probe.Start();
            var port = ((IPEndPoint)probe.LocalEndpoint).Port;
            probe.Stop();
            var listener = new HttpListener();
            listener.Prefixes.Add($"http://127.0.0.1:{port}/");
            try
            {
                listener.Start();
                return new LoopbackServer(listener, $"http://127.0.0.1:{port}", handler);
            }
            catch (HttpListenerException) when (attempt < 5)
            {
                listener.Close(); // the port was taken between the probe and Start: try another
            }
        }
    }

    /// <summary>Serves the files under <paramref name="root"/>; anything else is a 404.</summary>
    public static LoopbackServer ServeFolder(string root) => Start(request =>
    {
        var file = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(request.Path).TrimStart('/')));
        return file.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) && File.Exists(file)
            ? new ServerResponse(200, File.ReadAllBytes(file))
            : new ServerResponse(404, "not found"u8.ToArray(), "text/plain");
    });

    private async Task ServeAsync()
    {
        while (listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }

            var url = context.Request.Url!;
            var request = new RecordedRequest(context.Request.HttpMethod, url.AbsolutePath, url.Query, context.Request.Headers["Authorization"]);
            Requests.Enqueue(request);
            var response = handler(request);
            context.Response.StatusCode = response.Status;
            context.Response.ContentType = response.ContentType;
            context.Response.ContentLength64 = response.Body.Length;
            await context.Response.OutputStream.WriteAsync(response.Body);
            context.Response.Close();
        }
    }

    public async ValueTask DisposeAsync()
    {
        // Close only: Stop() then Close() makes the managed listener look its endpoint up again, and it re-binds
        // the port, which a parallel test's server may have taken by then ("Address already in use").
        try { listener.Close(); }
        catch (HttpListenerException) { }
        await loop;
    }
}
