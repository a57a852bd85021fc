using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization.Metadata;

namespace OpenTrain.Http;

/// <summary>One API call as an area client describes it; the connection turns it into HTTP.</summary>
internal sealed record ApiRequest(HttpMethod Method, string Path)
{
    public IReadOnlyList<KeyValuePair<string, string?>> Query { get; init; } = [];

    /// <summary>False for tokenless endpoints (agent auth, public job search): no Authorization header.</summary>
    public bool Authenticated { get; init; } = true;

    public byte[]? Body { get; init; }

    public string? ContentType { get; init; }

    public static ApiRequest Get(string path, params KeyValuePair<string, string?>[] query) => new(HttpMethod.Get, path) { Query = query };

    public static ApiRequest Delete(string path) => new(HttpMethod.Delete, path);

    public static ApiRequest Post(string path) => new(HttpMethod.Post, path);

    public static ApiRequest Json<T>(HttpMethod method, string path, T body, JsonTypeInfo<T> type) =>
        new(method, path) { Body = JsonSerializer.SerializeToUtf8Bytes(body, type), ContentType = "application/json" };

    public static ApiRequest Form(string path, params KeyValuePair<string, string>[] fields) =>
        new(HttpMethod.Post, path)
        {
            Body = Encoding.ASCII.GetBytes(string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Key)}={Uri.EscapeDataString(f.Value)}"))),
            ContentType = "application/x-www-form-urlencoded",
        };

    /// <summary>This request, expecting a success body of type <typeparamref name="T"/>.</summary>
    public ApiCall<T> Returning<T>(JsonTypeInfo<T> responseType) => new(this, responseType);

    public string PathAndQuery
    {
        get
        {
            var pairs = Query.Where(p => p.Value is not null).Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value!)}").ToList();
            return pairs.Count == 0 ? Path : $"{Path}?{string.Join('&', pairs)}";
        }
    }
}
