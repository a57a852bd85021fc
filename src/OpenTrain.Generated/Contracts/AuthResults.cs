namespace OpenTrain.Generated.Contracts;

// The structured results that `auth` commands print with --json (docs/json-output.md).
// They never carry a secret: tokens live only in the credentials file.

public sealed record RegisterResult(
    string Status, string? RegistrationId, IReadOnlyList<string>? Scopes, string? ClaimTokenExpiresAt,
    string TokenPreview, string CredentialsPath, string BaseUrl, string NextStep);

public sealed record ClaimResult(
    string Status, string? UserCode, string? VerificationUri, int? ExpiresIn, double? Interval, bool? EmailSent,
    string Email, string NextStep);

public sealed record ClaimStatusResult(
    string Status, IReadOnlyList<string>? Scopes = null, string? TokenPreview = null, string? CredentialsPath = null,
    string? Error = null, string? Message = null);

public sealed record LoginResult(
    string Status, string TokenPreview, string CredentialsPath, string BaseUrl, AuthMeResponse? Me);

/// <summary><see cref="Token"/>: the deleted token, masked (its start and end, as <c>tokens list</c>'s preview shows them); null when none was saved.</summary>
public sealed record LogoutResult(string Status, string CredentialsPath, string? Token = null);
