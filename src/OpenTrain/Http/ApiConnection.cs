using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Security.Authentication;
using System.Text.Json.Serialization.Metadata;
using OpenTrain.Json;

namespace OpenTrain.Http;

/// <summary>
/// Sends <see cref="ApiRequest"/>s through the shared pipeline and turns every failure into an
/// <see cref="OpenTrainApiException"/>. Area clients (one per API area) are built on it.
/// </summary>
internal sealed class ApiConnection(OpenTrainClientOptions options) : IDisposable
{
    private HttpClient? client;

    public OpenTrainClientOptions Options { get; } = options;

    /// <summary>Sends the call and reads the whole success body.</summary>
    public async Task<ApiResponse<T>> SendAsync<T>(ApiCall<T> call, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(call.Request, cancellationToken);
        var body = await ReadBodyAsync(response, BoundedBody.MaxSuccessBytes, cancellationToken)
            ?? throw new OpenTrainApiException((int)response.StatusCode, BoundedBody.TooLargeCode,
                $"the response body from {Options.BaseUrl.Uri.Authority} is larger than the {BoundedBody.Describe(BoundedBody.MaxSuccessBytes)} limit for a buffered response");
        return new ApiResponse<T>((int)response.StatusCode, body, call, Options.BaseUrl.Uri.Host);
    }

    /// <summary>
    /// Sends the request and hands the success body to <paramref name="consume"/> as it arrives, so
    /// memory does not grow with its size. Failures reading the body become network errors.
    /// </summary>
    public async Task StreamAsync(ApiRequest request, Action<Stream> consume, CancellationToken cancellationToken)
    {
        using var response = await SendCoreAsync(request, cancellationToken);
        await using var body = await response.Content.ReadAsStreamAsync(cancellationToken);
        try
        {
            consume(new NetworkReadStream(body, Options.BaseUrl.Uri.Authority, Options.AttemptTimeout));
        }
        catch (MalformedJsonException ex)
        {
            throw OpenTrainApiException.InvalidResponse((int)response.StatusCode, ex.Message);
        }
    }

    /// <summary>Sends and checks the status; the body of a success is left unread for the caller.</summary>
    private async Task<HttpResponseMessage> SendCoreAsync(ApiRequest request, CancellationToken cancellationToken)
    {
        client ??= ApiHttpClientFactory.Create(Options);
        using var message = new HttpRequestMessage(request.Method, Options.BaseUrl.Resolve(request.PathAndQuery));
        message.Options.Set(SameOriginAuthHandler.Authenticated, request.Authenticated);
        if (request.Body is not null)
        {
            message.Content = new ByteArrayContent(request.Body);
            message.Content.Headers.ContentType = MediaTypeHeaderValue.Parse(request.ContentType ?? "application/json");
        }
        else if (request.Method != HttpMethod.Get)
        {
            message.Content = new ByteArrayContent([]);
        }
        var host = Options.BaseUrl.Uri.Authority;
        try
        {
            var response = await client.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (response.IsSuccessStatusCode) return response;
            using (response)
            {
                var body = await ReadBodyAsync(response, BoundedBody.MaxErrorBytes, cancellationToken);
                var failure = body is null
                    ? ApiErrorParser.TooLarge(response.StatusCode, response.ReasonPhrase, response.Headers, BoundedBody.Describe(BoundedBody.MaxErrorBytes))
                    : ApiErrorParser.Parse(response.StatusCode, response.ReasonPhrase, body, response.Headers);
                failure.ApiKeysPage = Options.BaseUrl.ApiKeysPage;
                throw failure;
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (AttemptTimeoutException)
        {
            throw ResponseReadFailure.TimedOut(host, Options.AttemptTimeout);
        }
        catch (TaskCanceledException ex) when (ex.InnerException is TimeoutException)
        {
            throw new OpenTrainNetworkException($"could not connect to {host}: connection timed out");
        }
        catch (HttpRequestException ex)
        {
            throw new OpenTrainNetworkException(DescribeNetworkFailure(host, ex));
        }
        catch (IOException ex)
        {
            throw new OpenTrainNetworkException($"connection to {host} failed while reading the response: {ExceptionText.Describe(ex)}");
        }
    }

    /// <summary>The whole body, or null when it is larger than <paramref name="limit"/>; read failures become network errors.</summary>
    private async Task<byte[]?> ReadBodyAsync(HttpResponseMessage response, int limit, CancellationToken cancellationToken)
    {
        try
        {
            return await BoundedBody.ReadAsync(response.Content, limit, cancellationToken);
        }
        catch (Exception ex) when (ResponseReadFailure.From(ex, Options.BaseUrl.Uri.Authority, Options.AttemptTimeout) is { } failure)
        {
            throw failure;
        }
    }

    private static string DescribeNetworkFailure(string host, HttpRequestException ex)
    {
        var root = ex.InnerException;
        while (root?.InnerException is not null && root is not SocketException and not AuthenticationException) root = root.InnerException;
        return ex.HttpRequestError switch
        {
            HttpRequestError.NameResolutionError => $"could not resolve host {host}",
            HttpRequestError.ConnectionError when root is SocketException { SocketErrorCode: SocketError.ConnectionRefused } => $"could not connect to {host}: connection refused",
            HttpRequestError.ConnectionError => $"could not connect to {host}: {ExceptionText.Describe(root ?? ex)}",
            HttpRequestError.SecureConnectionError => $"TLS handshake with {host} failed: {ExceptionText.Describe(root ?? ex)}",
            HttpRequestError.ResponseEnded => $"{host} closed the connection before sending a complete response",
            _ => $"request to {host} failed: {ExceptionText.Describe(root ?? ex)}",
        };
    }

    public void Dispose() => client?.Dispose();
}
