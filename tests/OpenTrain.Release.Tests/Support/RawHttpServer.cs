using System.Collections.Concurrent;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using System.Text;

namespace OpenTrain.Release.Tests.Support;

/// <summary>What <see cref="RawHttpServer"/> answers: a status, headers and a body; <see cref="CutAfter"/> sends the
/// headers announcing the whole body, then only that many bytes of it, then closes the connection.</summary>
internal sealed record RawResponse(int Status, byte[] Body, int? CutAfter = null, string? Location = null);

/// <summary>
/// An HTTP/1.1 server written on sockets, for what HttpListener cannot do: listen on 127.0.0.1 and [::1] on one port
/// (so <c>localhost</c>, <c>127.0.0.1</c> and <c>[::1]</c> all reach it), cut a transfer off mid-body, and speak TLS
/// with a certificate made for the test (<see cref="CertificatePem"/>, for <c>CURL_CA_BUNDLE</c>/<c>SSL_CERT_FILE</c>).
/// Records each request's path (or "?" for bytes that were not an HTTP request).
/// </summary>
internal sealed class RawHttpServer : IAsyncDisposable
{
    private readonly List<TcpListener> listeners = [];
    private readonly Func<string, RawResponse> handler;
    private readonly X509Certificate2? certificate;
    private readonly CancellationTokenSource stop = new();
    private readonly List<Task> loops = [];

    public ConcurrentQueue<string> Requests { get; } = new();

    public int Port { get; }

    public bool HasIPv6 => listeners.Count > 1;

    /// <summary>The PEM of the self-signed certificate (for 127.0.0.1, ::1 and localhost) when serving TLS.</summary>
    public string? CertificatePem { get; }

    private RawHttpServer(Func<string, RawResponse> handler, bool tls)
    {
        this.handler = handler;
        if (tls)
        {
            using var key = RSA.Create(2048);
            var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
            var san = new SubjectAlternativeNameBuilder();
            san.AddIpAddress(IPAddress.Loopback);
            san.AddIpAddress(IPAddress.IPv6Loopback);
            san.AddDnsName("localhost");
            request.CertificateExtensions.Add(san.Build());
            request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
            using var made = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(1));
            certificate = X509CertificateLoader.LoadPkcs12(made.Export(X509ContentType.Pkcs12), null);
            CertificatePem = made.ExportCertificatePem() + "\n";
        }
        for (var attempt = 0; ; attempt++)
        {
            var v4 = new TcpListener(IPAddress.Loopback, 0);
            v4.Start();
            var port = ((IPEndPoint)v4.LocalEndpoint).Port;
            try
            {
                var v6 = new TcpListener(IPAddress.IPv6Loopback, port);
                v6.Start();
                listeners.AddRange([v4, v6]);
            }
            catch (SocketException e) when (e.SocketErrorCode == SocketError.AddressAlreadyInUse && attempt < 5)
            {
                v4.Stop();
                continue;
            }
            catch (SocketException)
            {
                listeners.Add(v4); // no IPv6 loopback on this machine
            }
            Port = port;
            break;
        }
        foreach (var listener in listeners) loops.Add(Task.Run(() => AcceptAsync(listener)));
    }

    public static RawHttpServer Start(Func<string, RawResponse> handler, bool tls = false) => new(handler, tls);

    /// <summary>Serves the files under <paramref name="root"/> (404 otherwise); <paramref name="cut"/> may cut or redirect one.</summary>
    public static RawHttpServer ServeFolder(string root, Func<string, byte[], RawResponse?>? cut = null, bool tls = false) => Start(path =>
    {
        var file = Path.GetFullPath(Path.Combine(root, Uri.UnescapeDataString(path.Split('?')[0]).TrimStart('/')));
        if (!file.StartsWith(Path.GetFullPath(root), StringComparison.Ordinal) || !File.Exists(file))
            return new RawResponse(404, "not found"u8.ToArray());
        var body = File.ReadAllBytes(file);
        return cut?.Invoke(path, body) ?? new RawResponse(200, body);
    }, tls);

    private async Task AcceptAsync(TcpListener listener)
    {
        while (!stop.IsCancellationRequested)
        {
            TcpClient client;
            try { client = await listener.AcceptTcpClientAsync(stop.Token); }
            catch (Exception e) when (e is OperationCanceledException or ObjectDisposedException or SocketException) { return; }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        try
        {
            Stream stream = client.GetStream();
            if (certificate is not null)
            {
                var ssl = new SslStream(stream);
                await ssl.AuthenticateAsServerAsync(certificate);
                stream = ssl;
            }
            var head = new StringBuilder();
            var buffer = new byte[1];
            while (!head.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal) && head.Length < 16384)
            {
                if (await stream.ReadAsync(buffer, stop.Token) == 0) break;
                head.Append((char)buffer[0]);
            }
            var parts = head.ToString().Split(' ');
            if (parts.Length < 3 || !parts[2].StartsWith("HTTP/", StringComparison.Ordinal))
            {
                Requests.Enqueue("?");
                return;
            }
            Requests.Enqueue(parts[1]);
            var response = handler(parts[1]);
            var headers = new StringBuilder($"HTTP/1.1 {response.Status} X\r\nContent-Length: {response.Body.Length}\r\nConnection: close\r\n");
            if (response.Location is not null) headers.Append($"Location: {response.Location}\r\n");
            await stream.WriteAsync(Encoding.ASCII.GetBytes(headers.Append("\r\n").ToString()), stop.Token);
            await stream.WriteAsync(response.Body.AsMemory(0, Math.Min(response.CutAfter ?? response.Body.Length, response.Body.Length)), stop.Token);
            await stream.FlushAsync(stop.Token);
            if (response.CutAfter is not null) client.Client.Close(0); // a reset, mid-body: the rest never comes
        }
        catch (Exception e) when (e is IOException or SocketException or OperationCanceledException or ObjectDisposedException
            or System.Security.Authentication.AuthenticationException)
        {
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        foreach (var listener in listeners) listener.Stop();
        await Task.WhenAll(loops);
        certificate?.Dispose();
        stop.Dispose();
    }
}
