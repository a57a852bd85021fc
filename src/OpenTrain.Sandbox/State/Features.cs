namespace OpenTrain.Sandbox.State;

/// <summary>Per-account feature flags (all on by default) and the capability booleans they map to.</summary>
public static class Features
{
    public const string JobDrafting = "public_api_job_drafting";
    public const string JobPublishing = "public_api_job_publishing";
    public const string Hiring = "public_api_hiring";
    public const string MessagingWrites = "public_api_messaging_writes";
    public const string PaymentsWrite = "public_api_payments_write";
    public const string Credits = "public_api_credits";
    public const string Webhooks = "public_api_webhooks";
    public const string Team = "public_api_team";

    public static readonly IReadOnlyList<string> All =
        [JobDrafting, JobPublishing, Hiring, MessagingWrites, PaymentsWrite, Credits, Webhooks, Team];

    public static bool IsKnown(string key) => All.Contains(key, StringComparer.Ordinal);

    /// <summary>Capability name (as in <c>GET /job-drafts/capabilities</c>) → feature key.</summary>
    public static readonly IReadOnlyList<(string Capability, string Feature)> Capabilities =
    [
        ("draftImport", JobDrafting), ("draftCreate", JobDrafting), ("draftUpdate", JobDrafting), ("draftUrlRead", JobDrafting),
        ("publish", JobPublishing), ("hiring", Hiring), ("messagingWrites", MessagingWrites), ("team", Team),
        ("paymentsWrite", PaymentsWrite), ("credits", Credits), ("webhooks", Webhooks),
    ];
}
