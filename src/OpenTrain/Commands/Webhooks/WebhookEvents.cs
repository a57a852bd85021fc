namespace OpenTrain.Commands.Webhooks;

/// <summary>The event types a subscription can name (the Public API's catalog of eight).</summary>
internal static class WebhookEvents
{
    public static readonly IReadOnlyList<string> All =
    [
        "proposal.received", "proposal.status_changed", "message.received", "contract.created",
        "milestone.status_changed", "payment.pending", "approval.confirmed", "contract.budget_state_changed",
    ];
}
