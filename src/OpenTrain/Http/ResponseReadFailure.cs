namespace OpenTrain.Http;

/// <summary>What a failure while reading a response body means to the user: a timeout or a broken connection.</summary>
internal static class ResponseReadFailure
{
    public static OpenTrainNetworkException TimedOut(string host, TimeSpan timeout) =>
        new($"request to {host} timed out after {timeout.TotalSeconds:0} s");

    /// <summary>The network error for <paramref name="ex"/>, or null when it is not a transport failure.</summary>
    public static OpenTrainNetworkException? From(Exception ex, string host, TimeSpan timeout) => ex switch
    {
        AttemptTimeoutException => TimedOut(host, timeout),
        HttpRequestException or IOException => new($"connection to {host} failed while reading the response: {ExceptionText.Describe(ex)}"),
        _ => null,
    };
}
