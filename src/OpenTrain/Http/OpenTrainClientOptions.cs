using OpenTrain.Config;

namespace OpenTrain.Http;

/// <summary>How to reach the API: origin, token, clock and the transport requests go through (tests plug in here).</summary>
internal sealed class OpenTrainClientOptions(BaseUrl baseUrl)
{
    public BaseUrl BaseUrl { get; } = baseUrl;

    /// <summary>Bearer token; sent only to <see cref="BaseUrl"/>'s origin and only on authenticated requests.</summary>
    public string? Token { get; init; }

    public TimeProvider Time { get; init; } = TimeProvider.System;

    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The innermost handler; null means a real <see cref="SocketsHttpHandler"/>.</summary>
    public Func<HttpMessageHandler>? Transport { get; init; }

    /// <summary>Where <c>--debug</c> logs each attempt (method, URL, status, timing); null logs nothing.</summary>
    public TextWriter? DebugLog { get; init; }
}
