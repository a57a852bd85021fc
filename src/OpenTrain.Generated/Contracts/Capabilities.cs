namespace OpenTrain.Generated.Contracts;

/// <summary>GET /job-drafts/capabilities: which public-API features this account has.</summary>
public sealed record CapabilitiesResponse(
    string? FeatureKey, string? RolloutMode, bool? ActorIsAdmin, IReadOnlyDictionary<string, bool>? Capabilities,
    CapabilitiesDraft? Draft, string? AuthBootstrap, bool? Enabled);

public sealed record CapabilitiesDraft(
    IReadOnlyList<string>? ImportFormats, IReadOnlyList<string>? UpdateKeys, IReadOnlyDictionary<string, IReadOnlyList<string>>? Enums);
