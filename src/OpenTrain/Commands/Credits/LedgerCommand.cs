using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;

namespace OpenTrain.Commands.Credits;

internal sealed record LedgerOptions(int? Limit, string? Cursor);

[RegisterCommands("credits")]
internal sealed class LedgerCommand(CommandContext context)
{
    /// <summary>List credit ledger entries, newest first.</summary>
    /// <param name="limit">Entries per page, 1-100 (server default 50).</param>
    /// <param name="cursor">The 'Next cursor' of the previous page.</param>
    public Task Ledger(int? limit = null, string? cursor = null, CancellationToken cancellationToken = default) =>
        RunAsync(new LedgerOptions(CommandArgs.Limit(limit, 100), cursor), cancellationToken);

    internal Task RunAsync(LedgerOptions options, CancellationToken cancellationToken) =>
        context.SendAndPrintAsync(
            connection => new CreditsClient(connection).GetLedgerAsync(options.Limit, options.Cursor, cancellationToken),
            (page, output) => Write(options, page, output));

    private void Write(LedgerOptions options, LedgerPage page, TextWriter output)
    {
        var entries = page.Entries ?? [];
        if (entries.Count > 0) LedgerOutput.WriteTable(output, entries);
        var next = "opentrain credits ledger" + (options.Limit is { } limit ? $" --limit {limit}" : "");
        ListOutput.WriteFooter(context, entries.Count, page.NextCursor, next, "No ledger entries.");
    }
}
