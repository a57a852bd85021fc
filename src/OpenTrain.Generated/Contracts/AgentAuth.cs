using System.Text.Json.Serialization;

namespace OpenTrain.Generated.Contracts;

/// <summary>POST /api/agent/identity body; absent fields are omitted.</summary>
public sealed record RegisterIdentityRequest(
    [property: JsonPropertyName("identity_type")] string IdentityType,
    [property: JsonPropertyName("agent_name")] string? AgentName,
    [property: JsonPropertyName("organization_name")] string? OrganizationName);

public sealed record RegisterIdentityResponse(
    [property: JsonPropertyName("identity_type")] string? IdentityType,
    [property: JsonPropertyName("registration_id")] string? RegistrationId,
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("scopes")] IReadOnlyList<string>? Scopes,
    [property: JsonPropertyName("claim_token")] string? ClaimToken,
    [property: JsonPropertyName("claim_token_expires_at")] string? ClaimTokenExpiresAt,
    [property: JsonPropertyName("claim_endpoint")] string? ClaimEndpoint,
    [property: JsonPropertyName("token_endpoint")] string? TokenEndpoint,
    [property: JsonPropertyName("grant_type")] string? GrantType);

/// <summary>POST /api/agent/identity/claim body.</summary>
public sealed record StartClaimRequest(
    [property: JsonPropertyName("claim_token")] string ClaimToken,
    [property: JsonPropertyName("email")] string Email);

public sealed record StartClaimResponse(
    [property: JsonPropertyName("user_code")] string? UserCode,
    [property: JsonPropertyName("verification_uri")] string? VerificationUri,
    [property: JsonPropertyName("expires_in")] int? ExpiresIn,
    [property: JsonPropertyName("interval")] double? Interval,
    [property: JsonPropertyName("email_sent")] bool? EmailSent);

/// <summary>POST /api/agent/oauth/token success.</summary>
public sealed record ClaimTokenResponse(
    [property: JsonPropertyName("access_token")] string? AccessToken,
    [property: JsonPropertyName("token_type")] string? TokenType,
    [property: JsonPropertyName("scopes")] IReadOnlyList<string>? Scopes);
