using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.Http;

/// <summary>Writes JSON bodies and the two error shapes.</summary>
public static class JsonResponseWriter
{
    private static readonly JsonWriterOptions WriterOptions = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task WriteAsync(HttpContext http, int status, JsonNode? body)
    {
        http.Response.StatusCode = status;
        if (body is null) return;
        http.Response.ContentType = "application/json; charset=utf-8";
        using var buffer = new MemoryStream();
        await using (var writer = new Utf8JsonWriter(buffer, WriterOptions))
        {
            body.WriteTo(writer);
        }
        http.Response.ContentLength = buffer.Length;
        await http.Response.Body.WriteAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length));
    }

    /// <summary>The Public API error envelope with a fresh request id.</summary>
    public static JsonObject Envelope(int status, string message, JsonObject? details, HttpContext? http = null)
    {
        var requestId = Guid.NewGuid().ToString();
        http?.Response.Headers["x-request-id"] = requestId;
        var body = new JsonObject { ["error"] = message, ["code"] = ApiException.CodeFor(status), ["requestId"] = requestId };
        if (details is not null) body["details"] = details;
        return body;
    }

    public static JsonObject Envelope(ApiException e, HttpContext? http = null) => Envelope(e.Status, e.Message, e.Details?.DeepClone().AsObject(), http);
}
