using OpenTrain.Toolkit;
using OpenTrain.Http;

namespace OpenTrain.Commands.Api;

/// <summary>
/// The method and path of <c>opentrain api</c>: a path relative to <c>/api/public/v1</c> or an
/// absolute <c>/api/…</c> path on the configured origin, never a URL, so the token goes nowhere
/// else. A path cannot climb out of <c>/api</c> either: no <c>.</c>/<c>..</c> segment, also
/// percent-encoded once or more (<c>%2e%2e</c>, <c>%252e%252e</c>), no backslash and no encoded
/// <c>/</c> or <c>\</c> that a server could decode into a separator, and no control character or
/// <c>#</c> (what would not reach the server as typed).
/// </summary>
internal static class ApiTarget
{
    public static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

    // Percent-decoding is repeated at most this often when looking for a hidden dot segment or separator.
    private const int MaxDecodings = 4;

    public static HttpMethod Method(string? method)
    {
        var upper = CommandArgs.Require(method, "<method>").ToUpperInvariant();
        return Methods.Contains(upper)
            ? new HttpMethod(upper)
            : throw new UsageException($"unknown method '{method}' (expected one of: {string.Join(", ", Methods)})");
    }

    /// <summary>The request path, and any query written in it.</summary>
    public static (string Path, List<KeyValuePair<string, string?>> Query) Path(string? path)
    {
        var text = CommandArgs.Require(path, "<path>").Trim();
        if (Chars.Any(text, char.IsControl))
            throw new UsageException($"'{Visible(text)}' is not an API path: it contains a control character");
        if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal))
            throw new UsageException($"'{text}' is not an API path: give a path such as 'jobs/mine' or '/api/public/v1/jobs/mine' (the origin comes from {(ShellCommand.Surface.Current is null ? "--base-url" : "the configured base URL")})");
        if (text.Contains('#', StringComparison.Ordinal))
            throw new UsageException($"'{text}' is not an API path: '#' starts a fragment, which is never sent (write %23 for a literal '#')");
        var typed = text;
        var query = new List<KeyValuePair<string, string?>>();
        var q = text.IndexOf('?', StringComparison.Ordinal);
        if (q >= 0)
        {
            foreach (var pair in text[(q + 1)..].Split('&', StringSplitOptions.RemoveEmptyEntries))
            {
                var eq = pair.IndexOf('=', StringComparison.Ordinal);
                query.Add(eq < 0 ? new(Uri.UnescapeDataString(pair), "") : new(Uri.UnescapeDataString(pair[..eq]), Uri.UnescapeDataString(pair[(eq + 1)..])));
            }
            text = text[..q];
        }
        var absolute = text.StartsWith("/api/", StringComparison.Ordinal);
        var full = absolute ? text : $"{ApiPaths.Public}/{text.TrimStart('/')}";
        foreach (var segment in full.Split('/')) Check(typed, segment);
        return (full.TrimEnd('/'), query);
    }

    /// <summary>The path with its control characters written as escapes (<c>\r</c>, <c>\x00</c>), so the message stays one visible line.</summary>
    private static string Visible(string text) => Chars.Map(text, c => c switch
    {
        '\r' => "\\r",
        '\n' => "\\n",
        '\t' => "\\t",
        _ when !char.IsControl(c) => c.ToString(),
        _ when c < 0x100 => $"\\x{(int)c:x2}",
        _ => $"\\u{(int)c:x4}",
    });

    /// <summary>A segment as typed, and as a server may read it after decoding it once or more, is one plain segment.</summary>
    private static void Check(string path, string segment)
    {
        var current = segment;
        for (var i = 0; i <= MaxDecodings; i++)
        {
            if (ApiPaths.IsDotSegment(current))
                throw new UsageException($"'{path}' is not an API path: '.' and '..' segments are not allowed");
            if (i > 0 && (current.Contains('/', StringComparison.Ordinal) || current.Contains('\\', StringComparison.Ordinal)))
                throw new UsageException($"'{path}' is not an API path: an encoded '/' or '\\' (%2F, %5C) inside a segment is not allowed");
            if (i > 0 && Chars.Any(current, char.IsControl))
                throw new UsageException($"'{Visible(path)}' is not an API path: it contains a percent-encoded control character");
            var decoded = Uri.UnescapeDataString(current);
            if (decoded == current) return;
            current = decoded;
        }
        throw new UsageException($"'{path}' is not an API path: a segment is percent-encoded more than {MaxDecodings} times");
    }
}
