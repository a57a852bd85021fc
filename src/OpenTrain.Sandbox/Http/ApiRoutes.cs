using System.Text.Json.Nodes;
using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Http;

/// <summary>A synchronous endpoint body; runs under the state lock.</summary>
public delegate ApiResponse ApiHandler(ApiRequest request);

/// <summary>Maps handlers: reads the body, runs the handler under the lock, renders exceptions in the right error shape.</summary>
public sealed class ApiRoutes(IEndpointRouteBuilder app, SandboxState state, string prefix)
{
    public void Get(string pattern, ApiHandler handler) => Map("GET", pattern, handler);
    public void Post(string pattern, ApiHandler handler) => Map("POST", pattern, handler);
    public void Patch(string pattern, ApiHandler handler) => Map("PATCH", pattern, handler);
    public void Delete(string pattern, ApiHandler handler) => Map("DELETE", pattern, handler);

    public void Map(string method, string pattern, ApiHandler handler) =>
        app.MapMethods(prefix + pattern, [method], (RequestDelegate)(http => ExecuteAsync(http, state, handler)));

    public static async Task ExecuteAsync(HttpContext http, SandboxState state, ApiHandler handler)
    {
        var body = await ReadBodyAsync(http);
        ApiResponse response;
        try
        {
            lock (state.Sync)
            {
                response = handler(new ApiRequest(http, state, body));
            }
        }
        catch (ApiException e)
        {
            response = new(e.Status, JsonResponseWriter.Envelope(e, http));
        }
        catch (OAuthException e)
        {
            response = new(e.Status, e.ToJson());
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // A sandbox bug: answer like the real API would (500) but say what broke.
            response = new(500, JsonResponseWriter.Envelope(500, $"Sandbox internal error: {e.GetType().Name}: {e.Message}", null, http));
        }
        await JsonResponseWriter.WriteAsync(http, response.Status, response.Body);
    }

    private static async Task<byte[]> ReadBodyAsync(HttpContext http)
    {
        http.Request.EnableBuffering();
        http.Request.Body.Position = 0;
        using var ms = new MemoryStream();
        await http.Request.Body.CopyToAsync(ms);
        http.Request.Body.Position = 0;
        return ms.ToArray();
    }

    /// <summary>404 for unknown paths under a prefix, in that prefix's error shape.</summary>
    public void NotFoundFallback(bool oauthShape)
    {
        app.Map(prefix + "/{**rest}", (RequestDelegate)(http =>
        {
            JsonNode body = oauthShape
                ? new JsonObject { ["error"] = "invalid_request", ["error_description"] = $"No such endpoint: {http.Request.Method} {http.Request.Path}" }
                : JsonResponseWriter.Envelope(404, $"No such endpoint: {http.Request.Method} {http.Request.Path}", null, http);
            return JsonResponseWriter.WriteAsync(http, 404, body);
        }));
    }
}
