using Microsoft.Extensions.Http.Resilience;
using OpenTrain.Config;

namespace OpenTrain.Http;

/// <summary>Builds the one HTTP pipeline: retries → --debug log → per-attempt deadline (headers and body) → auth/redirects → transport.</summary>
internal static class ApiHttpClientFactory
{
    public static HttpClient Create(OpenTrainClientOptions options)
    {
        var transport = options.Transport?.Invoke() ?? new SocketsHttpHandler
        {
            AllowAutoRedirect = false,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            // A proxy (http_proxy, all_proxy…) would see a loopback API's plain-http traffic, token included.
            UseProxy = !BaseUrl.IsLoopback(options.BaseUrl.Uri),
        };
        var auth = new SameOriginAuthHandler(options.BaseUrl, options.Token) { InnerHandler = transport };
        var deadline = new AttemptDeadlineHandler(options.Time, options.AttemptTimeout) { InnerHandler = auth };
        HttpMessageHandler attempt = options.DebugLog is { } log ? new DebugLogHandler(log, options.Time) { InnerHandler = deadline } : deadline;
        var resilience = new ResilienceHandler(RetryPipelines.For(options.Time).Select)
        {
            InnerHandler = attempt,
        };
        var client = new HttpClient(resilience) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(UserAgent.Value);
        client.DefaultRequestHeaders.Accept.ParseAdd("application/json");
        return client;
    }
}
