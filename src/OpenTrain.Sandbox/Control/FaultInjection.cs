using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;

namespace OpenTrain.Sandbox.Control;

/// <summary>
/// A fault to inject on matching requests. Each matching request consumes one step: first every
/// entry of <see cref="Statuses"/>, or <see cref="Times"/> drops / delays. Then the rule is spent.
/// </summary>
public sealed class FaultSpec
{
    /// <summary>HTTP method to match; null matches any.</summary>
    public string? Method { get; set; }

    /// <summary>Exact path (e.g. <c>/api/public/v1/jobs/mine</c>) or a prefix ending in <c>*</c>.</summary>
    public string Path { get; set; } = "";

    /// <summary>Statuses to answer with, one per matching request, in order.</summary>
    public List<int>? Statuses { get; set; }

    /// <summary>Delay before answering (or before passing through) each matching request.</summary>
    public int? DelayMs { get; set; }

    /// <summary>Drop the connection without a response.</summary>
    public bool? Drop { get; set; }

    /// <summary>How many requests a drop or delay-only rule applies to (default 1).</summary>
    public int? Times { get; set; }

    /// <summary>Body to send with injected statuses; default is the error shape of the path's API family.</summary>
    public JsonObject? Body { get; set; }
}

internal sealed record FaultStep(int? Status, int DelayMs, bool Drop, JsonObject? Body);

internal sealed class FaultRule(string id, FaultSpec spec)
{
    public string Id { get; } = id;
    public FaultSpec Spec { get; } = spec;
    public Queue<FaultStep> Steps { get; } = new(Expand(spec));

    private static IEnumerable<FaultStep> Expand(FaultSpec s)
    {
        var delay = s.DelayMs ?? 0;
        if (s.Statuses is { Count: > 0 })
            return s.Statuses.Select(st => new FaultStep(st, delay, false, s.Body));
        return Enumerable.Repeat(new FaultStep(null, delay, s.Drop == true, null), Math.Max(1, s.Times ?? 1));
    }

    public bool Matches(HttpRequest request)
    {
        if (Spec.Method is { } m && !string.Equals(m, request.Method, StringComparison.OrdinalIgnoreCase)) return false;
        var path = request.Path.Value ?? "";
        return Spec.Path.EndsWith('*')
            ? path.StartsWith(Spec.Path[..^1], StringComparison.Ordinal)
            : string.Equals(path.TrimEnd('/'), Spec.Path.TrimEnd('/'), StringComparison.Ordinal);
    }
}

/// <summary>Holds fault rules and applies them before routing.</summary>
public sealed class FaultInjector
{
    private readonly Lock _sync = new();
    private readonly List<FaultRule> _rules = [];
    private int _next;

    /// <summary>Adds a rule; returns its id.</summary>
    public string Add(FaultSpec spec)
    {
        if (string.IsNullOrEmpty(spec.Path)) throw new ArgumentException("path is required", nameof(spec));
        lock (_sync)
        {
            var rule = new FaultRule("fault_" + ++_next, spec);
            _rules.Add(rule);
            return rule.Id;
        }
    }

    public void Clear()
    {
        lock (_sync) _rules.Clear();
    }

    public JsonArray Describe()
    {
        lock (_sync)
        {
            return new JsonArray(_rules.Select(r => (JsonNode?)new JsonObject
            {
                ["id"] = r.Id,
                ["method"] = r.Spec.Method,
                ["path"] = r.Spec.Path,
                ["remaining"] = r.Steps.Count,
            }).ToArray());
        }
    }

    private FaultStep? Take(HttpRequest request)
    {
        lock (_sync)
        {
            var rule = _rules.FirstOrDefault(r => r.Matches(request));
            if (rule is null) return null;
            var step = rule.Steps.Dequeue();
            if (rule.Steps.Count == 0) _rules.Remove(rule);
            return step;
        }
    }

    public async Task InvokeAsync(HttpContext http, RequestDelegate next)
    {
        var step = Pages.HumanPages.IsHumanOrControlPath(http.Request.Path) ? null : Take(http.Request);
        if (step is null)
        {
            await next(http);
            return;
        }
        if (step.DelayMs > 0) await Task.Delay(step.DelayMs, http.RequestAborted);
        if (step.Drop)
        {
            http.Abort();
            return;
        }
        if (step.Status is not { } status)
        {
            await next(http);
            return;
        }
        await JsonResponseWriter.WriteAsync(http, status, step.Body?.DeepClone() ?? DefaultBody(http, status));
    }

    private static JsonNode DefaultBody(HttpContext http, int status)
    {
        if (http.Request.Path.StartsWithSegments("/api/agent"))
        {
            var error = status switch { 429 => "rate_limit_exceeded", 403 => "anonymous_not_enabled", >= 500 => "server_error", _ => "invalid_request" };
            return new JsonObject { ["error"] = error, ["error_description"] = $"Injected fault (HTTP {status})." };
        }
        return JsonResponseWriter.Envelope(status, $"Injected fault (HTTP {status}).", null, http);
    }
}
