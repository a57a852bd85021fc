using System.Net;
using System.Net.Http.Headers;
using OpenTrain.Config;

namespace OpenTrain.Http;

/// <summary>
/// Adds the bearer token and follows redirects itself, so the token goes only to the base URL's
/// origin: a redirect to another origin is followed without it, and https is never downgraded.
/// A write, or any request with a body (the claim token travels in one), is never sent to another
/// origin: its cross-origin redirect is an error naming the target.
/// </summary>
internal sealed class SameOriginAuthHandler(BaseUrl baseUrl, string? token) : DelegatingHandler
{
    public static readonly HttpRequestOptionsKey<bool> Authenticated = new("opentrain.authenticated");
    private const int MaxRedirects = 5;

    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var current = request;
        for (var hop = 0; ; hop++)
        {
            Authorize(current, request);
            var response = await base.SendAsync(current, cancellationToken);
            if (!IsRedirect(response.StatusCode) || response.Headers.Location is not { } location || hop == MaxRedirects)
                return response;

            var target = location.IsAbsoluteUri ? location : new Uri(current.RequestUri!, location);
            if (current.RequestUri!.Scheme == "https" && target.Scheme != "https")
                return response;
            response.Dispose();
            if (!baseUrl.IsSameOrigin(target) && (request.Content is not null || !IsRead(request.Method)))
                throw CrossOriginWrite(response.StatusCode, target);
            current = Follow(current, target, response.StatusCode);
        }
    }

    private void Authorize(HttpRequestMessage message, HttpRequestMessage original)
    {
        message.Headers.Authorization = null;
        if (token is not null
            && original.Options.TryGetValue(Authenticated, out var wanted) && wanted
            && baseUrl.IsSameOrigin(message.RequestUri!))
        {
            message.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
    }

    private static bool IsRead(HttpMethod method) => method == HttpMethod.Get || method == HttpMethod.Head;

    private OpenTrainApiException CrossOriginWrite(HttpStatusCode status, Uri target) =>
        new((int)status, "CROSS_ORIGIN_REDIRECT",
            $"{baseUrl.Uri.Authority} redirected the request to another origin ({target.Authority}); a write or a request with a body is never sent to another origin, so it was not followed");

    private static bool IsRedirect(HttpStatusCode status) =>
        status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.SeeOther
            or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    private static HttpRequestMessage Follow(HttpRequestMessage previous, Uri target, HttpStatusCode status)
    {
        var keepsMethod = status is HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect
            || IsRead(previous.Method);
        var next = new HttpRequestMessage(keepsMethod ? previous.Method : HttpMethod.Get, target);
        if (keepsMethod) next.Content = previous.Content;
        foreach (var header in previous.Headers)
        {
            if (header.Key != "Authorization") next.Headers.TryAddWithoutValidation(header.Key, header.Value);
        }
        foreach (var option in previous.Options) ((IDictionary<string, object?>)next.Options)[option.Key] = option.Value;
        return next;
    }
}
