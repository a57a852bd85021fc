namespace OpenTrain.Generated.Contracts;

/// <summary>GET /credits.</summary>
public sealed record CreditsResponse(CreditBalance? Credits);

public sealed record CreditBalance(long? AvailableCents, long? ReservedCents, string? Currency, IReadOnlyList<LedgerEntry>? RecentEntries);

/// <summary>One credit movement; <see cref="AmountCents"/> is signed (+ adds to available).</summary>
public sealed record LedgerEntry(
    string? Id, string? Type, long? AmountCents, string? CreatedAt, string? HoldEntryId, string? JobofferId,
    string? ContractId, string? MilestoneId, string? TopUpId, string? Note);

/// <summary>GET /credits/ledger; <see cref="NextCursor"/> is null at the end.</summary>
public sealed record LedgerPage(IReadOnlyList<LedgerEntry>? Entries, string? NextCursor);

/// <summary>POST /credits/top-ups body (dollars).</summary>
public sealed record CreateTopUpRequest(decimal AmountUsd);

/// <summary>201 of POST /credits/top-ups: a Stripe Checkout link a human pays.</summary>
public sealed record TopUpCreated(string? TopUpId, string? CheckoutUrl, string? ExpiresAt, TopUp? TopUp, string? Message);

public sealed record TopUp(string? Id, string? Status, long? AmountCents, string? CreatedAt, string? CompletedAt, string? ExpiresAt);

/// <summary>GET /credits/top-ups/{topUpId}.</summary>
public sealed record TopUpResponse(TopUp? TopUp);
