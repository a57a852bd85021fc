namespace OpenTrain.Sandbox.State;

/// <summary>Global switches the control surface can flip at run time.</summary>
public sealed class SandboxSettings
{
    /// <summary>When false, registration and claim start answer 403 <c>anonymous_not_enabled</c>.</summary>
    public bool AnonymousRegistrationEnabled { get; set; } = true;

    /// <summary>Spec conflict: endpoint pages require a claimed account for milestone/contract-end writes. Default: enforce.</summary>
    public bool ClaimRequiredForPaymentWrites { get; set; } = true;

    /// <summary>Default value of every feature flag for accounts without an override.</summary>
    public Dictionary<string, bool> FeatureDefaults { get; } = Features.All.ToDictionary(f => f, _ => true, StringComparer.Ordinal);

    /// <summary>When set, the sandbox completes claims, confirms approvals and pays top-ups after this delay.</summary>
    public TimeSpan? AutoHumanDelay { get; set; }

    /// <summary>Tokenless marketplace endpoints: requests per minute per client IP before 429.</summary>
    public int TokenlessRateLimitPerMinute { get; set; } = 120;
}
