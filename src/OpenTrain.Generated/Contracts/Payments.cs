namespace OpenTrain.Generated.Contracts;

/// <summary>GET /payments/pending.</summary>
public sealed record PendingPaymentsResponse(IReadOnlyList<PendingPayment>? Payments);

/// <summary>An incomplete invoice: PENDING_FUNDING (you owe it) or PENDING_PAYOUT (paid to you, in flight).</summary>
public sealed record PendingPayment(
    string? Id, string? Status, string? InvoiceKind, string? ViewerRole, decimal? AmountUsd, string? CreatedAt,
    long? InvoiceNumber, PaymentJob? Job, PaymentMilestone? Milestone);

public sealed record PaymentJob(string? Id, string? Title);

public sealed record PaymentMilestone(string? Id, string? Name);
