using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenTrain.Tests.Robustness;

/// <summary>
/// A loopback server on a bare socket that keeps every byte each connection sent, exactly as it
/// arrived, so a test can prove what the request line and headers were (no injected header, no
/// second request smuggled after the body). Each connection gets one answer from <c>respond</c>
/// (by default 200 <c>{"ok":true}</c>) with <c>Connection: close</c>; whatever else the client
/// sent before closing is recorded too.
/// </summary>
internal sealed class ByteRecordingServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<ReceivedBytes> connections = new();
    private readonly Func<string, string> respond;

    public ByteRecordingServer(Func<string, string>? respond = null)
    {
        this.respond = respond ?? (_ => Answer(200, """{"ok":true}"""));
        listener.Start();
        _ = AcceptLoopAsync();
    }

    public int Port => ((IPEndPoint)listener.LocalEndpoint).Port;

    public string BaseUrl => $"http://127.0.0.1:{Port}";

    /// <summary>Every connection accepted so far, with the bytes it sent.</summary>
    public IReadOnlyList<ReceivedBytes> Connections => [.. connections];

    public static string Answer(int status, string body, string extraHeaders = "") =>
        $"HTTP/1.1 {status} Status\r\nContent-Type: application/json\r\nContent-Length: {Encoding.UTF8.GetByteCount(body)}\r\nConnection: close\r\n{extraHeaders}\r\n{body}";

    private async Task AcceptLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            Socket socket;
            try { socket = await listener.AcceptSocketAsync(stop.Token); }
            catch (Exception) { return; }
            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        var received = new ReceivedBytes();
        connections.Enqueue(received);
        using (socket)
        {
            try
            {
                var buffer = new byte[65_536];
                // The head, then the body its Content-Length announces.
                while (received.HeadLength < 0)
                {
                    var n = await socket.ReceiveAsync(buffer, stop.Token);
                    if (n == 0) return;
                    received.Append(buffer.AsSpan(0, n));
                }
                while (received.Length < received.HeadLength + received.ContentLength)
                {
                    var n = await socket.ReceiveAsync(buffer, stop.Token);
                    if (n == 0) return;
                    received.Append(buffer.AsSpan(0, n));
                }
                await socket.SendAsync(Encoding.UTF8.GetBytes(respond(received.Head)), stop.Token);
                socket.Shutdown(SocketShutdown.Send);
                // Anything the client still sends (a smuggled second request would be here) until it closes.
                using var linger = CancellationTokenSource.CreateLinkedTokenSource(stop.Token);
                linger.CancelAfter(TimeSpan.FromSeconds(2));
                while (true)
                {
                    var n = await socket.ReceiveAsync(buffer, linger.Token);
                    if (n == 0) return;
                    received.Append(buffer.AsSpan(0, n));
                }
            }
            catch (Exception) when (stop.IsCancellationRequested) { }
            catch (OperationCanceledException) { }
            catch (SocketException) { }
            catch (ObjectDisposedException) { }
            finally
            {
                received.Closed = true;
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        stop.Dispose();
    }
}

/// <summary>The bytes one connection sent, in order.</summary>
internal sealed class ReceivedBytes
{
    private readonly List<byte> bytes = [];

    public volatile bool Closed;

    public byte[] All
    {
        get
        {
            lock (bytes) return [.. bytes];
        }
    }

    public int Length
    {
        get
        {
            lock (bytes) return bytes.Count;
        }
    }

    /// <summary>Length of the head including its blank line, or -1 until it has arrived.</summary>
    public int HeadLength
    {
        get
        {
            var all = All;
            for (var i = 3; i < all.Length; i++)
            {
                if (all[i - 3] == '\r' && all[i - 2] == '\n' && all[i - 1] == '\r' && all[i] == '\n') return i + 1;
            }
            return -1;
        }
    }

    /// <summary>The request line and headers as received (Latin-1, so every byte is one character), blank line excluded.</summary>
    public string Head => HeadLength < 0 ? "" : Encoding.Latin1.GetString(All, 0, HeadLength - 4);

    public IReadOnlyList<string> HeaderLines => Head.Split("\r\n")[1..];

    public string RequestLine => Head.Split("\r\n")[0];

    public string? Header(string name) =>
        HeaderLines.Where(l => l.StartsWith(name + ":", StringComparison.OrdinalIgnoreCase)).Select(l => l[(name.Length + 1)..].Trim()).FirstOrDefault();

    public int ContentLength => Header("Content-Length") is { } v ? int.Parse(v, CultureInfo.InvariantCulture) : 0;

    /// <summary>Everything after the head.</summary>
    public byte[] AfterHead => HeadLength < 0 ? [] : All[HeadLength..];

    public void Append(ReadOnlySpan<byte> data)
    {
        lock (bytes) bytes.AddRange(data.ToArray());
    }
}
