using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Domain;

/// <summary>Credit ledger movements (integer cents): top-up, hold, release, capture.</summary>
public static class CreditsBook
{
    public static long ToCents(decimal usd) => (long)Math.Round(usd * 100m, MidpointRounding.AwayFromZero);

    public static LedgerEntry TopUp(SandboxState state, Account account, TopUp topUp)
    {
        account.AvailableCents += topUp.AmountCents;
        return Add(state, account, "TOP_UP", topUp.AmountCents, topUpId: topUp.Id);
    }

    public static LedgerEntry Hold(SandboxState state, Account account, long cents, string? proposalId, string contractId, string milestoneId)
    {
        account.AvailableCents -= cents;
        account.ReservedCents += cents;
        return Add(state, account, "HOLD", -cents, proposalId: proposalId, contractId: contractId, milestoneId: milestoneId);
    }

    public static void Release(SandboxState state, Account account, Milestone milestone, string contractId)
    {
        var hold = FindHold(account, milestone);
        if (hold is null) return;
        account.ReservedCents += hold.AmountCents;
        account.AvailableCents -= hold.AmountCents;
        Add(state, account, "HOLD_RELEASE", -hold.AmountCents, holdEntryId: hold.Id, contractId: contractId, milestoneId: milestone.Id);
    }

    public static void Capture(SandboxState state, Account account, Milestone milestone, string contractId)
    {
        var hold = FindHold(account, milestone);
        if (hold is null) return;
        account.ReservedCents += hold.AmountCents;
        Add(state, account, "CAPTURE", hold.AmountCents, holdEntryId: hold.Id, contractId: contractId, milestoneId: milestone.Id);
    }

    private static LedgerEntry? FindHold(Account account, Milestone milestone) =>
        milestone.HoldEntryId is null ? null : account.Ledger.FirstOrDefault(e => e.Id == milestone.HoldEntryId);

    private static LedgerEntry Add(SandboxState state, Account account, string type, long cents, string? holdEntryId = null,
        string? proposalId = null, string? contractId = null, string? milestoneId = null, string? topUpId = null)
    {
        var entry = new LedgerEntry(state.NewId("led"), type, cents, state.Now, holdEntryId, proposalId, contractId, milestoneId, topUpId, null);
        account.Ledger.Add(entry);
        return entry;
    }
}
