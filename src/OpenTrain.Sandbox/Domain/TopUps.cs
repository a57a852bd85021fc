using OpenTrain.Sandbox.State;

namespace OpenTrain.Sandbox.Domain;

/// <summary>Top-up lifecycle: PENDING → COMPLETED (human paid) | EXPIRED (lazily, after 24 h).</summary>
public static class TopUps
{
    public static void ExpireIfDue(SandboxState state, TopUp topUp)
    {
        if (topUp.Status == "PENDING" && state.Now >= topUp.ExpiresAt) topUp.Status = "EXPIRED";
    }

    /// <summary>The human paid: credits land as a TOP_UP ledger entry.</summary>
    public static void Complete(SandboxState state, TopUp topUp)
    {
        topUp.Status = "COMPLETED";
        topUp.CompletedAt = state.Now;
        CreditsBook.TopUp(state, state.Accounts.Find(topUp.AccountId)!, topUp);
    }
}
