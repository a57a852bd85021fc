using OpenTrain.Toolkit;
using OpenTrain.Http;

namespace OpenTrain.Commands.Api;

/// <summary>
/// The method and path of <c>opentrain api</c>: a path relative to <c>/api/public/v1</c> or an
/// absolute <c>/api/…</c> path on the configured origin, never a URL or a <c>..</c> segment.
/// </summary>
internal static class ApiTarget
{
    public static readonly string[] Methods = ["GET", "POST", "PUT", "PATCH", "DELETE"];

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
        if (text.Contains("://", StringComparison.Ordinal) || text.StartsWith("//", StringComparison.Ordinal) || text.Contains('\\', StringComparison.Ordinal))
            throw new UsageException($"'{text}' is not an API path: give a path such as 'jobs/mine' or '/api/public/v1/jobs/mine' (the origin comes from --base-url)");
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
        if (full.Split('/').Any(segment => ApiPaths.IsDotSegment(Uri.UnescapeDataString(segment))))
            throw new UsageException($"'{path}' is not an API path: '.' and '..' segments are not allowed");
        return (full.TrimEnd('/'), query);
    }
}
