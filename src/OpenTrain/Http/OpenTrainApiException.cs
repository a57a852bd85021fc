namespace OpenTrain.Http;

/// <summary>
/// An API failure: status, code, message, details and request id, as the server sent them.
/// Rendered once, as <c>OpenTrain API request failed (&lt;status&gt; &lt;code&gt;): &lt;message&gt;</c>.
/// </summary>
internal class OpenTrainApiException(int status, string code, string message, string? detailsJson, string? requestId, TimeSpan? retryAfter = null)
    : Exception(message)
{
    public int Status { get; } = status;
    public string Code { get; } = code;

    /// <summary>The envelope's <c>details</c> object as compact JSON, when there was one.</summary>
    public string? DetailsJson { get; } = detailsJson;
    public string? RequestId { get; } = requestId;
    public TimeSpan? RetryAfter { get; } = retryAfter;

    /// <summary>The <c>details.reason</c> value, when present (for command-specific hints).</summary>
    public string? Reason { get; init; }

    /// <summary>A next step a command adds for a case it knows (printed after the error).</summary>
    public string? Hint { get; set; }
}

/// <summary>The request never produced an HTTP response (DNS, refused, reset, timeout, TLS).</summary>
internal sealed class OpenTrainNetworkException(string message) : OpenTrainApiException(0, "NETWORK", message, null, null);
