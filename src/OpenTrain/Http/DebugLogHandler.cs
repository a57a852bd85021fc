using System.Globalization;
using OpenTrain.Config;

namespace OpenTrain.Http;

/// <summary>
/// <c>--debug</c>: one line per attempt as it starts (method, URL, attempt number) and one as it ends
/// (status or failure, time taken), written to the given writer (stderr). It sits inside the retry
/// loop, so every attempt is logged; it sees no Authorization header (added further in), and a
/// token typed into a URL is masked.
/// </summary>
internal sealed class DebugLogHandler(TextWriter log, TimeProvider time) : DelegatingHandler
{
    private static readonly HttpRequestOptionsKey<int> Attempt = new("opentrain.debug.attempt");

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var attempt = (request.Options.TryGetValue(Attempt, out var previous) ? previous : 0) + 1;
        request.Options.Set(Attempt, attempt);
        Write($"debug: {request.Method} {SecretMask.Scrub(request.RequestUri?.AbsoluteUri ?? "")} (attempt {attempt})");
        var started = time.GetTimestamp();
        try
        {
            var response = await base.SendAsync(request, cancellationToken);
            Write($"debug: {(int)response.StatusCode} {response.ReasonPhrase} in {Elapsed(started)} (attempt {attempt})");
            return response;
        }
        catch (Exception ex)
        {
            Write($"debug: failed in {Elapsed(started)} (attempt {attempt}): {SecretMask.Scrub(ex.Message)}");
            throw;
        }
    }

    private string Elapsed(long started) =>
        string.Create(CultureInfo.InvariantCulture, $"{time.GetElapsedTime(started).TotalMilliseconds:0} ms");

    private void Write(string line)
    {
        lock (log) log.WriteLine(line);
    }
}
