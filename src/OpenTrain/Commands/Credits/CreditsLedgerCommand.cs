using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Credits;

internal static class CreditsLedgerCommand
{
    internal static ApiOperation<LedgerPage> Operation(PageOptions page) =>
        new(CreditsRequests.GetLedger(page), (ledger, output) =>
        {
            if (ledger.Entries is { Count: > 0 } entries) LedgerOutput.WriteTable(output, entries);
        })
        {
            AllPages = page.All ? (cursor => Operation(page with { Cursor = cursor }), "entries") : null,
            Paging = ledger => new PageFooter(ledger.Entries?.Count ?? 0, ledger.NextCursor, page.AppendTo(new ShellCommand("opentrain credits ledger")), "No ledger entries."),
        };
}
