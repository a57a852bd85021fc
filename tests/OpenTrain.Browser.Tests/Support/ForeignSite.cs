using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenTrain.Browser.Tests.Support;

/// <summary>A static page on another loopback port: another origin, as far as the browser is concerned.</summary>
public sealed class ForeignSite : IDisposable
{
    private readonly HttpListener _listener = new();

    private ForeignSite(string html)
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Url = $"http://127.0.0.1:{port}/";
        _listener.Prefixes.Add(Url);
        _listener.Start();
        _ = Task.Run(async () =>
        {
            while (_listener.IsListening)
            {
                HttpListenerContext http;
                try { http = await _listener.GetContextAsync(); }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException or InvalidOperationException) { return; }
                var bytes = Encoding.UTF8.GetBytes(html);
                http.Response.ContentType = "text/html; charset=utf-8";
                http.Response.ContentLength64 = bytes.Length;
                await http.Response.OutputStream.WriteAsync(bytes);
                http.Response.Close();
            }
        });
    }

    public string Url { get; }

    public static ForeignSite Serve(string html) => new(html);

    public void Dispose() => _listener.Close();
}
