using System.Security.Cryptography;
using System.Text;

namespace OpenTrain.Sandbox.Webhooks;

/// <summary><c>X-OpenTrain-Signature: t=&lt;unix&gt;,v1=hex(HMAC-SHA256(secret, "&lt;t&gt;.&lt;body&gt;"))</c>; the key is the full <c>whsec_…</c> string.</summary>
public static class WebhookSigner
{
    public static string Sign(string secret, long unixSeconds, string body)
    {
        var t = unixSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(t + "." + body));
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
