using System.Net;
using ConsoleAppFramework;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;

// eng/bench/baseline plus a ResilienceHandler with one retry strategy (built when the request is made, as
// opentrain does): what Microsoft.Extensions.Http.Resilience costs at the least.
var app = ConsoleApp.Create();
app.Add("get", async (string url, string? token = null, CancellationToken cancellationToken = default) =>
{
    var pipeline = new ResiliencePipelineBuilder<HttpResponseMessage>()
        .AddRetry(new RetryStrategyOptions<HttpResponseMessage>
        {
            MaxRetryAttempts = 2,
            Delay = TimeSpan.FromMilliseconds(500),
            ShouldHandle = args => ValueTask.FromResult(args.Outcome.Exception is HttpRequestException
                || args.Outcome.Result?.StatusCode is HttpStatusCode.BadGateway or HttpStatusCode.ServiceUnavailable),
        })
        .Build();
    using var client = new HttpClient(new ResilienceHandler(pipeline) { InnerHandler = new SocketsHttpHandler { AllowAutoRedirect = false } });
    await Floor.GetAsync(client, url, token, cancellationToken);
});
app.Run(args);
