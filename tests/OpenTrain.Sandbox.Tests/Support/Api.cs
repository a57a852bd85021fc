using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.Tests.Support;

/// <summary>A response: status, parsed JSON body (null when empty) and headers.</summary>
public sealed record Reply(int Status, JsonNode? Body, HttpResponseHeaders Headers, HttpContentHeaders ContentHeaders, string Raw)
{
    public JsonNode this[string key] => Body![key]!;

    public string Str(string key) => Body![key]!.GetValue<string>();
}

/// <summary>Minimal raw HTTP client for contract tests: sends exactly what a test says, parses JSON back.</summary>
public sealed class Api(string baseUrl) : IDisposable
{
    private readonly HttpClient _http = new() { BaseAddress = new Uri(baseUrl) };

    public Task<Reply> Get(string path, string? token = null) => Send(HttpMethod.Get, path, token);
    public Task<Reply> Delete(string path, string? token = null) => Send(HttpMethod.Delete, path, token);
    public Task<Reply> Post(string path, JsonNode? json = null, string? token = null) => Send(HttpMethod.Post, path, token, json);
    public Task<Reply> Patch(string path, JsonNode? json, string? token = null) => Send(HttpMethod.Patch, path, token, json);

    /// <summary>POST with a raw body and content type (bad JSON, form encoding).</summary>
    public Task<Reply> PostRaw(string path, string body, string contentType, string? token = null) =>
        Send(HttpMethod.Post, path, token, content: new StringContent(body, Encoding.UTF8, contentType));

    public Task<Reply> PostForm(string path, string form) => PostRaw(path, form, "application/x-www-form-urlencoded");

    public Task<Reply> Send(HttpMethod method, string path, string? token = null, JsonNode? json = null, HttpContent? content = null)
    {
        var request = new HttpRequestMessage(method, path);
        if (token is not null) request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        if (json is not null) request.Content = new StringContent(json.ToJsonString(), Encoding.UTF8, "application/json");
        if (content is not null) request.Content = content;
        return SendAsync(request);
    }

    private async Task<Reply> SendAsync(HttpRequestMessage request)
    {
        using (request)
        using (var response = await _http.SendAsync(request))
        {
            var raw = await response.Content.ReadAsStringAsync();
            var body = raw.Length > 0 ? JsonNode.Parse(raw) : null;
            return new Reply((int)response.StatusCode, body, response.Headers, response.Content.Headers, raw);
        }
    }

    public void Dispose() => _http.Dispose();
}
