using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.Http;

/// <summary>A Public API failure, rendered as the envelope <c>{error, code, requestId, details?}</c>.</summary>
public sealed class ApiException(int status, string message, JsonObject? details = null) : Exception(message)
{
    public int Status { get; } = status;
    public JsonObject? Details { get; } = details;

    public string Code => CodeFor(Status);

    public static string CodeFor(int status) => status switch
    {
        400 => "BAD_REQUEST",
        401 => "UNAUTHORIZED",
        403 => "FORBIDDEN",
        404 => "NOT_FOUND",
        405 => "METHOD_NOT_ALLOWED",
        409 => "CONFLICT",
        429 => "RATE_LIMITED",
        503 => "SERVICE_UNAVAILABLE",
        >= 500 => "INTERNAL_ERROR",
        _ => "HTTP_" + status,
    };

    public static ApiException BadRequest(string message, JsonObject? details = null) => new(400, message, details);
    public static ApiException BadField(string field, string message) => new(400, message, new JsonObject { ["field"] = field });
    public static ApiException Unauthorized(string message = "Missing or invalid API token.") => new(401, message);
    public static ApiException Forbidden(string message, JsonObject? details = null) => new(403, message, details);
    public static ApiException NotFound(string message, JsonObject? details = null) => new(404, message, details);
    public static ApiException Conflict(string message, JsonObject? details = null) => new(409, message, details);

    /// <summary>404 with the documented <c>{resource, &lt;resource&gt;Id}</c> details.</summary>
    public static ApiException NotFoundResource(string resource, string idKey, string id) =>
        new(404, $"No such {resource.TrimEnd('s')}: {id}", new JsonObject { ["resource"] = resource, [idKey] = id });

    /// <summary>409 with <c>details.reason</c> plus extra keys.</summary>
    public static ApiException ConflictReason(string reason, string message, JsonObject? extra = null)
    {
        var details = extra ?? [];
        details.Insert(0, "reason", reason);
        return new(409, message, details);
    }

    /// <summary>400 with the issues of every reader, if any.</summary>
    public static void ThrowIfAny(params BodyFields[] readers)
    {
        var issues = readers.SelectMany(r => r.Issues).ToList();
        if (issues.Count > 0) throw Invalid(issues);
    }

    /// <summary>400 carrying zod-style <c>details.issues</c>.</summary>
    public static ApiException Invalid(IEnumerable<ValidationIssue> issues)
    {
        var list = issues.ToList();
        var array = new JsonArray(list.Select(i => (JsonNode?)i.ToJson()).ToArray());
        return new(400, "Invalid request: " + string.Join("; ", list.Select(i => i.Message)), new JsonObject { ["issues"] = array });
    }
}

/// <summary>One zod-like validation issue: <c>{code, path, message}</c>.</summary>
public sealed record ValidationIssue(string Code, string Path, string Message)
{
    public JsonObject ToJson() => new()
    {
        ["code"] = Code,
        ["path"] = new JsonArray(Path.Split('.', StringSplitOptions.RemoveEmptyEntries).Select(p => (JsonNode?)p).ToArray()),
        ["message"] = Message,
    };
}
