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

    /// <summary>
    /// This request, expecting a success body of type <typeparamref name="T"/> (a root of the JSON context, whose
    /// metadata is built only when a body is parsed: <see cref="ApiCall{T}.ResponseType"/>).
    /// </summary>
    public ApiCall<T> Returning<T>() => new(this);

    /// <remarks>
    /// A plain loop: LINQ's Where/Select over these value-type pairs dispatch through generic virtual methods that the
    /// runtime's type loader builds on first use, on every command's request path (docs/performance.md).
    /// </remarks>
    public string PathAndQuery
    {
        get
        {
            StringBuilder? text = null;
            foreach (var (key, value) in Query)
            {
                if (value is null) continue;
                text = text is null ? new StringBuilder(Path).Append('?') : text.Append('&');
                text.Append(Uri.EscapeDataString(key)).Append('=').Append(Uri.EscapeDataString(value));
            }
            return text?.ToString() ?? Path;
        }
    }
}
