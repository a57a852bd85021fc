using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Webhooks;

/// <summary>Why a signature was refused: the <c>code</c> of the <c>--json</c> failure and the reason in words.</summary>
internal sealed record SignatureProblem(string Code, string Reason);

/// <summary>A signature that holds: its time stamp and how old it is (negative: from the future).</summary>
internal sealed record ValidSignature(long Timestamp, long AgeSeconds);

/// <summary>
/// <c>X-OpenTrain-Signature: t=&lt;unix seconds&gt;,v1=&lt;hex HMAC-SHA256&gt;</c> (spec §2.6.6): the key is the whole
/// <c>whsec_…</c> string, the message the header's <c>t</c> text, a dot and the raw body bytes.
/// </summary>
internal static class WebhookSignature
{
    public const string SecretPrefix = "whsec_";
    public const string HeaderName = "X-OpenTrain-Signature";
    public const int DefaultTolerance = 300;
    private const int MaxHeaderLength = 4096;

    public static string Header(string secret, long unixSeconds, ReadOnlySpan<byte> body)
    {
        var t = unixSeconds.ToString(CultureInfo.InvariantCulture);
        return $"t={t},v1={Convert.ToHexStringLower(Mac(secret, t, body))}";
    }

    /// <summary>The checks a receiver makes, in this order: the header's form, the HMAC (constant-time), then the age.</summary>
    public static (ValidSignature? Valid, SignatureProblem? Problem) Check(string secret, string header, ReadOnlySpan<byte> body, long now, long tolerance)
    {
        var (t, problem, candidates) = Parse(header);
        if (problem is not null) return (null, problem);
        var expected = Encoding.ASCII.GetBytes(Convert.ToHexStringLower(Mac(secret, t!, body)));
        var matches = false;
        foreach (var candidate in candidates)
            matches |= CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(candidate.ToLowerInvariant()));
        if (!matches)
            return (null, new("SIGNATURE_MISMATCH", "no v1 in the header is the HMAC-SHA256 of \"<t>.<payload>\" with this secret: a different secret, or the payload bytes changed on the way (it must be the raw body, before any JSON parsing)"));
        var timestamp = long.Parse(t!, NumberStyles.None, CultureInfo.InvariantCulture);
        var age = now - timestamp;
        if (Math.Abs(age) > tolerance)
            return (null, new("SIGNATURE_STALE", $"the signature is right but its timestamp t={t} is {Math.Abs(age)} s {(age >= 0 ? "old" : "in the future")}, beyond the {tolerance} s tolerance (a replayed or delayed delivery, or a wrong clock)"));
        return (new ValidSignature(timestamp, age), null);
    }

    /// <summary>The signing secret as given: a <c>whsec_…</c> string (it is never echoed back).</summary>
    public static string Secret(string? raw, string name)
    {
        var secret = CommandArgs.Require(raw, name).Trim();
        if (!secret.StartsWith(SecretPrefix, StringComparison.Ordinal) || secret.Length == SecretPrefix.Length || Chars.Any(secret, char.IsWhiteSpace))
            throw new UsageException($"{name} must be a webhook signing secret (whsec_…, " +
                (ShellCommand.Surface.Current is null ? "as 'opentrain webhooks create' or 'webhooks listen' printed it)" : $"as {new ShellCommand("opentrain webhooks create")} returned it)"));
        return secret;
    }

    /// <summary>The tolerance in seconds: 0 to a week, default 300.</summary>
    public static long Tolerance(long? value, string name) =>
        value is null ? DefaultTolerance : value is >= 0 and <= 604_800 ? value.Value : throw new UsageException($"{name} must be between 0 and 604800 seconds, got {value}");

    // Split on ',', then each part on its first '='; t once, v1 one or more times (unknown keys are ignored, for later schemes).
    private static (string? T, SignatureProblem? Problem, List<string> V1) Parse(string header)
    {
        var v1 = new List<string>();
        if (header.Length > MaxHeaderLength) return (null, Malformed($"it is {header.Length} characters long"), v1);
        string? t = null;
        foreach (var part in header.Trim().Split(','))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0) return (null, Malformed($"'{Clip(part.Trim())}' is not a key=value part"), v1);
            var (key, value) = (part[..eq].Trim(), part[(eq + 1)..].Trim());
            if (key == "t" && t is not null) return (null, Malformed("t appears twice"), v1);
            if (key == "t") t = value;
            else if (key == "v1") v1.Add(value);
        }
        if (t is null) return (null, Malformed("it has no t=<unix seconds> part"), v1);
        if (t.Length is 0 or > 12 || !Chars.All(t, char.IsAsciiDigit)) return (null, Malformed($"t must be unix seconds (digits only), got '{Clip(t)}'"), v1);
        if (v1.Count == 0) return (null, Malformed("it has no v1=<hex HMAC> part"), v1);
        if (v1.FirstOrDefault(v => v.Length != 64 || !Chars.All(v, char.IsAsciiHexDigit)) is { } bad)
            return (null, Malformed($"v1 must be 64 hex digits (an HMAC-SHA256), got {bad.Length} characters"), v1);
        return (t, null, v1);
    }

    private static SignatureProblem Malformed(string why) =>
        new("SIGNATURE_MALFORMED", $"the header is not t=<unix seconds>,v1=<hex HMAC-SHA256>: {why}");

    private static string Clip(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static byte[] Mac(string secret, string t, ReadOnlySpan<byte> body)
    {
        var message = new byte[t.Length + 1 + body.Length];
        Encoding.ASCII.GetBytes(t, message);
        message[t.Length] = (byte)'.';
        body.CopyTo(message.AsSpan(t.Length + 1));
        return HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), message);
    }
}
