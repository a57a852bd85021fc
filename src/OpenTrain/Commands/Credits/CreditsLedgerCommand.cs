using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Credits;

[RegisterCommands("credits")]
internal sealed class CreditsLedgerCommand(CommandContext context)
{
    /// <summary>List credit ledger entries, newest first.</summary>
    /// <param name="limit">Entries per page: 1–100, default 50.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    [Listed(CommandGroup.Money, "opentrain credits ledger --limit 20")]
    [Endpoint("GET", "/credits/ledger", "payments:read", "credits/ledger", FeatureFlag = FeatureFlags.Credits)]
    public Task Ledger(int? limit = null, string? cursor = null, bool all = false, CancellationToken cancellationToken = default) =>
        context.RunAsync(Operation(PageOptions.Parse(limit, cursor, all)), cancellationToken);

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
