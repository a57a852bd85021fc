namespace OpenTrain.Cli;

/// <summary>
/// What a command needs before it can succeed: the endpoint it wraps, the token scope, whether the
/// account must be claimed by a human, the per-account feature flag, and the endpoint's reference page.
/// </summary>
internal sealed record Endpoint(string Method, string Path, string Scope, string Doc)
{
    public const string DocsBase = "https://www.opentrain.ai/docs/developers/api-reference/";

    public bool ClaimRequired { get; init; }

    public string? FeatureFlag { get; init; }

    public string DocLink => DocsBase + Doc + "/";
}
