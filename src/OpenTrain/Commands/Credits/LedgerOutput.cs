using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Credits;

/// <summary>Ledger entries as a table (shared by <c>credits show</c> and <c>credits ledger</c>).</summary>
internal static class LedgerOutput
{
    public static void WriteTable(TextWriter output, IEnumerable<LedgerEntry> entries)
    {
        var table = new Table("DATE", "TYPE", "AMOUNT", "LINKED TO", "NOTE");
        foreach (var e in entries)
            table.AddRow(e.CreatedAt, e.Type, e.AmountCents is { } cents ? Signed(cents) : "", LinkedTo(e), e.Note);
        table.WriteTo(output);
    }

    /// <summary>Credits are signed: <c>+$100.00</c> adds to the available balance, <c>-$25.00</c> draws from it.</summary>
    private static string Signed(long cents) => cents > 0 ? "+" + Money.FromCents(cents) : Money.FromCents(cents);

    /// <summary>The most specific cause of the entry.</summary>
    private static string? LinkedTo(LedgerEntry e) =>
        e.TopUpId is { Length: > 0 } ? $"top-up {e.TopUpId}"
        : e.MilestoneId is { Length: > 0 } ? $"milestone {e.MilestoneId}"
        : e.ContractId is { Length: > 0 } ? $"contract {e.ContractId}"
        : e.JobofferId is { Length: > 0 } ? $"proposal {e.JobofferId}"
        : e.HoldEntryId is { Length: > 0 } ? $"hold {e.HoldEntryId}"
        : null;
}
