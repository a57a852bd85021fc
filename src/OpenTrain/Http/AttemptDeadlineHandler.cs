namespace OpenTrain.Http;

/// <summary>
/// The per-attempt timeout: one deadline on the injected clock covers the redirects, the headers
/// and the body of an attempt, so a body that stalls or trickles after the headers cannot hang the
/// CLI. Past it, sending or reading throws <see cref="AttemptTimeoutException"/>.
/// </summary>
internal sealed class AttemptDeadlineHandler(TimeProvider time, TimeSpan timeout) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var deadline = new CancellationTokenSource(timeout, time);
        try
        {
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
            var response = await base.SendAsync(request, linked.Token);
            response.Content = new DeadlineContent(response.Content, deadline);
            return response;
        }
        catch (Exception ex) when (deadline.IsCancellationRequested && !cancellationToken.IsCancellationRequested && ex is OperationCanceledException or HttpRequestException or IOException)
        {
            deadline.Dispose();
            throw new AttemptTimeoutException();
        }
        catch
        {
            deadline.Dispose();
            throw;
        }
    }
}
