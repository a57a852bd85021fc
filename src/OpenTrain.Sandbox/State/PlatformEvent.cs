using System.Text.Json.Nodes;

namespace OpenTrain.Sandbox.State;

/// <summary>An entry of the account event feed (also the webhook body).</summary>
public sealed record PlatformEvent(long Sequence, string AccountId, string Type, DateTimeOffset CreatedAt, string ResourceId, string? JobId, JsonObject Data)
{
    public string Id => Sequence.ToString(System.Globalization.CultureInfo.InvariantCulture);
}

public static class EventTypes
{
    public const string ProposalReceived = "proposal.received";
    public const string ProposalStatusChanged = "proposal.status_changed";
    public const string MessageReceived = "message.received";
    public const string ContractCreated = "contract.created";
    public const string MilestoneStatusChanged = "milestone.status_changed";
    public const string PaymentPending = "payment.pending";
    public const string ApprovalConfirmed = "approval.confirmed";
    public const string BudgetStateChanged = "contract.budget_state_changed";

    public static readonly IReadOnlyList<string> All =
    [
        ProposalReceived, ProposalStatusChanged, MessageReceived, ContractCreated,
        MilestoneStatusChanged, PaymentPending, ApprovalConfirmed, BudgetStateChanged,
    ];

    /// <summary>The read scope a caller needs to see an event type.</summary>
    public static string RequiredScope(string type) => type switch
    {
        ProposalReceived or ProposalStatusChanged => Scopes.ProposalsRead,
        MessageReceived => Scopes.MessagesRead,
        _ => Scopes.PaymentsRead,
    };
}
