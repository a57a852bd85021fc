namespace OpenTrain.Sandbox.Control;

/// <summary>A control-surface request the sandbox cannot honour (404 unknown id, 409 wrong state, 400 bad input).</summary>
public sealed class ControlException(int status, string message) : Exception(message)
{
    public int Status { get; } = status;
}

/// <summary>Input of <see cref="SandboxControl.CreateAccount"/>: a ready-made employer account with a token.</summary>
public sealed record NewAccount
{
    public string? Email { get; init; }
    public string FirstName { get; init; } = "Sandbox";
    public string LastName { get; init; } = "Human";
    public string OrganizationName { get; init; } = "Sandbox Org";
    public bool Claimed { get; init; } = true;
    /// <summary>Token scopes; default every scope.</summary>
    public IReadOnlyList<string>? Scopes { get; init; }
    public bool HasPaymentMethod { get; init; } = true;
    public long CreditsCents { get; init; }
}

/// <summary>A created account and its raw bearer token.</summary>
public sealed record SandboxAccount(string AccountId, string OrganizationId, string UserId, string? Email, bool Claimed, string Token, string TokenId, IReadOnlyList<string> Scopes);

/// <summary>A token minted as the human (may carry <c>payments:write</c>, <c>webhooks:manage</c>).</summary>
public sealed record MintedToken(string Token, string TokenId, string AccountId, IReadOnlyList<string> Scopes);

/// <summary>What completing a claim did.</summary>
public sealed record ClaimCompletion(string AccountId, string Email, string UserCode);
