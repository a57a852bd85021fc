using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.Webhooks;

/// <summary><c>X-OpenTrain-Signature: t=&lt;unix&gt;,v1=hex(HMAC-SHA256(secret, "&lt;t&gt;.&lt;body&gt;"))</c>; the key is the full <c>whsec_…</c> string.</summary>
public static class WebhookSigner
{
    /// <summary>
    /// A delivery body: the record written exactly as <c>GET /updates</c> writes it inside its <c>events</c> array (the
    /// writer options of <c>Http/JsonResponseWriter</c>), so a delivery and the feed carry the same bytes for one event
    /// and <c>opentrain webhooks listen</c>, which forwards the feed's bytes, sends what the sandbox sends.
    /// </summary>
    public static byte[] Body(JsonNode record)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            record.WriteTo(writer);
        }
        return buffer.ToArray();
    }

    public static string Sign(string secret, long unixSeconds, string body) => Sign(secret, unixSeconds, Encoding.UTF8.GetBytes(body));

    public static string Sign(string secret, long unixSeconds, byte[] body)
    {
        var t = unixSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        byte[] message = [.. Encoding.ASCII.GetBytes(t + "."), .. body];
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
        return $"t={t},v1={Convert.ToHexStringLower(mac)}";
    }

    /// <summary>Receiver-side check (constant-time compare, tolerance in seconds).</summary>
    public static bool Verify(string secret, string header, string body, long nowUnixSeconds, int toleranceSeconds = 300)
    {
        string? t = null, v1 = null;
        foreach (var part in header.Split(','))
        {
            var kv = part.Split('=', 2);
            if (kv.Length != 2) continue;
            if (kv[0] == "t") t = kv[1];
            else if (kv[0] == "v1") v1 = kv[1];
        }
        if (t is null || v1 is null || !long.TryParse(t, out var ts) || Math.Abs(nowUnixSeconds - ts) > toleranceSeconds) return false;
        var expected = Sign(secret, ts, body)[(("t=" + t + ",v1=").Length)..];
        return CryptographicOperations.FixedTimeEquals(Encoding.ASCII.GetBytes(expected), Encoding.ASCII.GetBytes(v1));
    }
}
