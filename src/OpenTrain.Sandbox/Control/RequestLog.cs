using System.Text;

namespace OpenTrain.Sandbox.Control;

/// <summary>One request the sandbox served (control-surface calls are not recorded).</summary>
public sealed class RecordedRequest
{
    public long Seq { get; init; }
    public string At { get; init; } = "";
    public string Method { get; init; } = "";
    public string Path { get; init; } = "";
    /// <summary>Raw query string including the leading <c>?</c>, or empty.</summary>
    public string Query { get; init; } = "";
    public Dictionary<string, string> Headers { get; init; } = [];
    public bool HasAuthorization { get; init; }
    /// <summary>The Authorization header as sent (sandbox tokens are throwaway).</summary>
    public string? Authorization { get; init; }
    /// <summary>Id of the token that authenticated the call, when one did.</summary>
    public string? TokenId { get; set; }
    public string Body { get; init; } = "";
    public int Status { get; set; }
}

/// <summary>Thread-safe log of served requests, oldest first.</summary>
public sealed class RequestLog
{
    private readonly Lock _sync = new();
    private readonly List<RecordedRequest> _entries = [];
    private long _seq;

    public RecordedRequest Add(HttpContext http, byte[] body, DateTimeOffset at)
    {
        var headers = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var (name, value) in http.Request.Headers) headers[name.ToLowerInvariant()] = value.ToString();
        var authorization = http.Request.Headers.Authorization.ToString();
        var entry = new RecordedRequest
        {
            Seq = Interlocked.Increment(ref _seq),
            At = Views.JsonValues.Iso(at),
            Method = http.Request.Method,
            Path = http.Request.Path.Value ?? "",
            Query = http.Request.QueryString.Value ?? "",
            Headers = headers,
            HasAuthorization = authorization.Length > 0,
            Authorization = authorization.Length > 0 ? authorization : null,
            Body = Encoding.UTF8.GetString(body),
        };
        lock (_sync) _entries.Add(entry);
        return entry;
    }

    public List<RecordedRequest> Snapshot()
    {
        lock (_sync) return [.. _entries];
    }

    public void Clear()
    {
        lock (_sync) _entries.Clear();
    }
}

/// <summary>Records every API request (not control calls, not the human pages) with its final status.</summary>
public sealed class RequestLogMiddleware(RequestLog log, SandboxClock clock)
{
    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        if (Pages.HumanPages.IsHumanOrControlPath(http.Request.Path))
        {
            await next(http);
            return;
        }
        http.Request.EnableBuffering();
        using var ms = new MemoryStream();
        await http.Request.Body.CopyToAsync(ms);
        http.Request.Body.Position = 0;
        var entry = log.Add(http, ms.ToArray(), clock.GetUtcNow());
        try
        {
            await next(http);
        }
        finally
        {
            entry.Status = http.Response.StatusCode;
            entry.TokenId = http.Items.TryGetValue("sandbox.tokenId", out var id) ? id as string : null;
        }
    }
}
