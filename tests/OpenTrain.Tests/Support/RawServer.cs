using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace OpenTrain.Tests.Support;

/// <summary>
/// A loopback server on a bare socket, for what Kestrel will not do: answer headers then stall or
/// trickle the body, stream an endless body, or read a request and close without a byte. Every
/// request it reads is recorded (method, path, body) before <c>respond</c> runs. The connection
/// stays open for the next request unless <c>respond</c> closes the stream.
/// </summary>
internal sealed class RawServer : IAsyncDisposable
{
    private readonly TcpListener listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource stop = new();
    private readonly ConcurrentQueue<RecordedRequest> requests = new();
    private readonly Func<RecordedRequest, Stream, CancellationToken, Task> respond;
    private int connections;

    private RawServer(Func<RecordedRequest, Stream, CancellationToken, Task> respond)
    {
        this.respond = respond;
        listener.Start();
        _ = AcceptLoopAsync();
    }

    public string BaseUrl => $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";

    public string Authority => new Uri(BaseUrl).Authority;

    public IReadOnlyList<RecordedRequest> Requests => [.. requests];

    public int Connections => Volatile.Read(ref connections);

    /// <summary>Starts a server whose every request is answered by <paramref name="respond"/> writing raw bytes.</summary>
    public static RawServer Start(Func<RecordedRequest, Stream, CancellationToken, Task> respond) => new(respond);

    /// <summary>Reads each request and closes the connection without answering.</summary>
    public static RawServer ReadThenClose() => Start((_, stream, _) => Close(stream));

    public static Task Close(Stream stream)
    {
        stream.Dispose();
        return Task.CompletedTask;
    }

    /// <summary>Headers (with a Content-Length larger than what follows), then <paramref name="prefix"/>, then silence.</summary>
    public static RawServer StallBody(int status, string prefix) => Start(async (_, stream, ct) =>
    {
        await WriteAsync(stream, Head(status, $"Content-Length: {prefix.Length + 1_000}") + prefix, ct);
        await Task.Delay(Timeout.Infinite, ct);
    });

    /// <summary>Headers, then one byte of <paramref name="unit"/> every 20 ms, forever.</summary>
    public static RawServer TrickleBody(int status, string prefix, string unit) => Start(async (_, stream, ct) =>
    {
        await WriteAsync(stream, Head(status, "Transfer-Encoding: chunked") + Chunk(prefix), ct);
        for (var i = 0; ; i = (i + 1) % unit.Length)
        {
            await WriteAsync(stream, Chunk(unit[i].ToString()), ct);
            await Task.Delay(20, ct);
        }
    });

    /// <summary>Headers, then <paramref name="prefix"/> and <paramref name="unit"/> repeated as fast as the client reads, forever (chunked).</summary>
    public static RawServer EndlessBody(int status, string prefix, string unit) => Start(async (_, stream, ct) =>
    {
        await WriteAsync(stream, Head(status, "Transfer-Encoding: chunked") + Chunk(prefix), ct);
        var chunk = Encoding.ASCII.GetBytes(Chunk(string.Concat(Enumerable.Repeat(unit, Math.Max(1, 65_536 / unit.Length)))));
        while (true) await stream.WriteAsync(chunk, ct);
    });

    public static string Head(int status, string header) =>
        $"HTTP/1.1 {status} Status\r\nContent-Type: application/json\r\n{header}\r\n\r\n";

    /// <summary>A whole response with a JSON body.</summary>
    public static string Response(int status, string body) => Head(status, $"Content-Length: {Encoding.UTF8.GetByteCount(body)}") + body;

    private static string Chunk(string data) => $"{Encoding.UTF8.GetByteCount(data):x}\r\n{data}\r\n";

    public static Task WriteAsync(Stream stream, string text, CancellationToken ct) => stream.WriteAsync(Encoding.UTF8.GetBytes(text), ct).AsTask();

    private async Task AcceptLoopAsync()
    {
        while (!stop.IsCancellationRequested)
        {
            Socket socket;
            try { socket = await listener.AcceptSocketAsync(stop.Token); }
            catch (Exception) { return; }
            Interlocked.Increment(ref connections);
            _ = ServeAsync(socket);
        }
    }

    private async Task ServeAsync(Socket socket)
    {
        using (socket)
        await using (var stream = new NetworkStream(socket, ownsSocket: false))
        {
            try
            {
                while (await ReadRequestAsync(stream, stop.Token) is { } request)
                {
                    requests.Enqueue(request);
                    await respond(request, stream, stop.Token);
                }
            }
            catch (Exception) when (stop.IsCancellationRequested) { }
            catch (IOException) { }
            catch (ObjectDisposedException) { }
            catch (SocketException) { }
        }
    }

    private static async Task<RecordedRequest?> ReadRequestAsync(Stream stream, CancellationToken ct)
    {
        var buffer = new List<byte>();
        var one = new byte[1];
        while (!EndsWithBlankLine(buffer))
        {
            if (await stream.ReadAsync(one, ct) == 0) return null;
            buffer.Add(one[0]);
        }
        var lines = Encoding.ASCII.GetString([.. buffer]).Split("\r\n");
        var start = lines[0].Split(' ');
        var headers = lines.Skip(1).Where(l => l.Contains(':')).ToDictionary(
            l => l[..l.IndexOf(':')].Trim().ToLowerInvariant(), l => l[(l.IndexOf(':') + 1)..].Trim());
        var length = headers.TryGetValue("content-length", out var value) ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : 0;
        var body = new byte[length];
        await stream.ReadExactlyAsync(body, ct);
        var target = start[1];
        var query = target.Contains('?') ? target[target.IndexOf('?')..] : "";
        return new RecordedRequest(start[0], target.Contains("://") ? target : target[..(target.Length - query.Length)], query, headers, Encoding.UTF8.GetString(body));
    }

    private static bool EndsWithBlankLine(List<byte> b) =>
        b.Count >= 4 && b[^4] == '\r' && b[^3] == '\n' && b[^2] == '\r' && b[^1] == '\n';

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        listener.Stop();
        stop.Dispose();
    }
}
