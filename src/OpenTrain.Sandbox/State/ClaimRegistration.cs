namespace OpenTrain.Sandbox.State;

/// <summary>The claim side of an anonymous registration: <c>ot_clm_</c> token, its 24 h window and the current attempt.</summary>
public sealed class ClaimRegistration
{
    public required string ClaimToken { get; init; }
    public required string AccountId { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public ClaimAttempt? Attempt { get; set; }
    public DateTimeOffset? LastPollAt { get; set; }

    /// <summary>The human finished the ceremony.</summary>
    public DateTimeOffset? CompletedAt { get; set; }

    /// <summary>The post-claim token was handed out (exactly once).</summary>
    public bool Delivered { get; set; }
}

/// <summary>One claim start: user code, <c>ot_cat_</c> token, 30-minute life.</summary>
public sealed record ClaimAttempt(string UserCode, string AttemptToken, string Email, DateTimeOffset StartedAt, DateTimeOffset ExpiresAt);
