using System.Text.Json;

namespace OpenTrain.Http;

/// <summary>
/// An API failure: status, code, message, details and request id, as the server sent them, plus
/// the raw error body. Rendered once, as <c>OpenTrain API request failed (&lt;status&gt; &lt;code&gt;): &lt;message&gt;</c>.
/// </summary>
internal class OpenTrainApiException(int status, string code, string message, JsonElement? details = null, string? requestId = null, TimeSpan? retryAfter = null)
    : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;

    /// <summary>The envelope's <c>details</c> (an object or array), when there was one.</summary>
    public JsonElement? Details { get; } = details;
    public string? RequestId { get; } = requestId;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The error body exactly as received, when the server sent one.</summary>
    public byte[]? Body { get; init; }

    /// <summary>The <c>details.reason</c> value (or the OAuth error code), for next-step hints.</summary>
    public string? Reason { get; init; }

    /// <summary>
    /// The app's API keys page for the base URL the request went to (set by <see cref="ApiConnection"/> on the failure it
    /// builds, before throwing), for hints that send a human there; null for a failure built elsewhere.
    /// </summary>
    public Uri? ApiKeysPage { get; internal set; }

    public static OpenTrainApiException InvalidResponse(int status, string message) => new(status, "INVALID_RESPONSE", message);
}

/// <summary>The request never produced an HTTP response (DNS, refused, reset, timeout, TLS).</summary>
internal sealed class OpenTrainNetworkException(string message) : OpenTrainApiException(0, "NETWORK", message);
