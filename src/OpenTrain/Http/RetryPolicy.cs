using System.Net;
using Polly;
using Polly.Retry;

namespace OpenTrain.Http;

/// <summary>
/// The documented retry policy. GET: 3 attempts in total, 500 ms then 1 s, on 502/503/504 and
/// transient network failures. POST/PATCH/DELETE: the same schedule, but only when the connection
/// was never made (refused, DNS failure, connect timeout), so a write is never sent twice.
/// 429 and 500 are never retried. Each attempt has its own deadline (<see cref="AttemptDeadlineHandler"/>).
/// </summary>
internal static class RetryPolicy
{
    public static readonly TimeSpan[] Delays = [TimeSpan.FromMilliseconds(500), TimeSpan.FromSeconds(1)];

    public static ResiliencePipeline<HttpResponseMessage> Build(bool idempotentRead, TimeProvider time) =>
        new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time }
            .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
            {
                MaxRetryAttempts = Delays.Length,
                DelayGenerator = args => ValueTask.FromResult<TimeSpan?>(Delays[Math.Min(args.AttemptNumber, Delays.Length - 1)]),
                ShouldHandle = args => ValueTask.FromResult(idempotentRead
                    ? IsRetryableStatus(args.Outcome.Result) || IsTransient(args.Outcome.Exception)
                    : NeverConnected(args.Outcome.Exception)),
            })
            .Build();

    private static bool IsRetryableStatus(HttpResponseMessage? response) =>
        response?.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static bool IsTransient(Exception? ex) =>
        ex is HttpRequestException or AttemptTimeoutException || IsConnectTimeout(ex);

    public static bool NeverConnected(Exception? ex) =>
        ex is HttpRequestException { HttpRequestError: HttpRequestError.ConnectionError or HttpRequestError.NameResolutionError }
        || IsConnectTimeout(ex);

    private static bool IsConnectTimeout(Exception? ex) => ex is TaskCanceledException { InnerException: TimeoutException };
}
