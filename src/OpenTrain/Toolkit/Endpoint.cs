namespace OpenTrain.Toolkit;

/// <summary>
/// What a command needs before it can succeed: the endpoint it wraps, the token scope, whether the
/// account must be claimed by a human, the per-account feature flag, and the endpoint's reference page.
/// </summary>
internal sealed record Endpoint(string Method, string Path, string Scope, string Doc)
{
    public const string DocsBase = "https://www.opentrain.ai/docs/developers/api-reference/";

    /// <summary>The Public API's prefix: an endpoint path not under <c>/api/</c> is relative to it.</summary>
    public const string PublicPrefix = "/api/public/v1";

    /// <summary>From an <see cref="EndpointAttribute"/>'s values.</summary>
    public static Endpoint Create(string method, string path, string scope, string doc) =>
        new(method, path.StartsWith("/api/", StringComparison.Ordinal) ? path : PublicPrefix + path, scope, doc);

    public bool ClaimRequired { get; init; }

    public string? FeatureFlag { get; init; }

    public string DocLink => DocsBase + Doc + "/";
}
