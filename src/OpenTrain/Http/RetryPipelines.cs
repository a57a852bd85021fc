using Polly;

namespace OpenTrain.Http;

/// <summary>
/// The two retry pipelines (<see cref="RetryPolicy"/>), each built the first time a request of its kind is sent:
/// a command that only reads never builds the write pipeline, and nothing is built before a request is made. On the
/// system clock they are built once per process and shared by every client (the MCP server makes one per tool call).
/// </summary>
internal sealed class RetryPipelines(TimeProvider time)
{
    private ResiliencePipeline<HttpResponseMessage>? reads;
    private ResiliencePipeline<HttpResponseMessage>? writes;

    private static RetryPipelines? systemClock;

    /// <summary>The process-wide pipelines for the system clock; a test's fake clock gets its own.</summary>
    public static RetryPipelines For(TimeProvider time) =>
        time == TimeProvider.System ? systemClock ??= new RetryPipelines(time) : new RetryPipelines(time);

    /// <summary>GET and HEAD retry on transient failures; every other method only when it never connected.</summary>
    public ResiliencePipeline<HttpResponseMessage> Select(HttpRequestMessage request) =>
        request.Method == HttpMethod.Get || request.Method == HttpMethod.Head
            ? reads ??= RetryPolicy.Build(idempotentRead: true, time)
            : writes ??= RetryPolicy.Build(idempotentRead: false, time);
}
