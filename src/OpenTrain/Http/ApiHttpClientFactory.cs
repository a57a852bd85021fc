using Microsoft.Extensions.Http.Resilience;

namespace OpenTrain.Http;

/// <summary>Builds the one HTTP pipeline: retries and per-attempt timeout → auth/redirects → transport.</summary>
internal static class ApiHttpClientFactory
{
    public static HttpClient Create(OpenTrainClientOptions options)
    {
        var reads = RetryPolicy.Build(idempotentRead: true, options.Time, options.AttemptTimeout);
        var writes = RetryPolicy.Build(idempotentRead: false, options.Time, options.AttemptTimeout);
        var transport = options.Transport?.Invoke() ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            UseProxy = true,
        };
        var auth = new SameOriginAuthHandler(options.BaseUrl, options.Token) { InnerHandler = transport };
        var resilience = new ResilienceHandler(request => request.Method == HttpMethod.Get || request.Method == HttpMethod.Head ? reads : writes)
        {
            InnerHandler = auth,
        };
        var client = new HttpClient(resilience) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent.Value);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return client;
    }
}
