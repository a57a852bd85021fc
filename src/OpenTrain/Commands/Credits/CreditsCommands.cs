using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Credits;

/// <summary>The <c>opentrain credits</c> commands: each method declares one (its help, flags, endpoint) and hands its operation to the runner.</summary>
[RegisterCommands("credits"), Group(CommandGroup.Money)]
internal sealed class CreditsCommands(CommandContext context)
{
    /// <summary>List credit ledger entries, newest first.</summary>
    /// <param name="limit">Entries per page: 1–100, default 50.</param>
    /// <param name="cursor">Page cursor from the previous page's 'Next cursor'.</param>
    /// <param name="all">Follow nextCursor to the last page: pages stream as they arrive; with --json, one document with the pages' items merged.</param>
    [Listed("opentrain credits ledger --limit 20"), Endpoint("GET", "/credits/ledger", "payments:read", "credits/ledger", FeatureFlag = FeatureFlags.Credits)]
    public Task Ledger(int? limit = null, string? cursor = null, bool all = false, CancellationToken cancellationToken = default) => context.RunAsync(CreditsLedgerCommand.Operation(PageOptions.Parse(limit, cursor, all)), cancellationToken);

    /// <summary>Show the credit balance and recent entries.</summary>
    [Listed("opentrain credits show"), Endpoint("GET", "/credits", "payments:read", "credits/balance", FeatureFlag = FeatureFlags.Credits)]
    public Task Show(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, CreditsShowCommand.Operation(), cancellationToken);

    /// <summary>Create a credit top-up checkout link for a human to pay.</summary>
    /// <param name="amountUsd">--amount, Amount in USD: 10–10,000.</param>
    [Listed("opentrain credits top-up --amount-usd 100"), Endpoint("POST", "/credits/top-ups", "payments:write", "credits/create-top-up", Claim = true, FeatureFlag = FeatureFlags.Credits)]
    public Task TopUp([RequiredFlag] string? amountUsd = null, CancellationToken cancellationToken = default)
    {
        return context.RunAsync(CreditsTopUpCommand.Operation(CreditsTopUpCommand.AmountUsd(NumberArgument.Parse(amountUsd, "--amount-usd"), ArgumentNames.Flags)), cancellationToken);
    }

    /// <summary>Show the status of a credit top-up.</summary>
    /// <param name="id">Same as --top-up-id.</param>
    /// <param name="topUpId">The top-up id.</param>
    /// <param name="wait">Poll until the checkout is paid, or lapses (exit 1 unless paid).</param>
    /// <param name="timeout">With --wait: give up after this many seconds, default 1800.</param>
    /// <param name="interval">With --wait: seconds between polls, default 5.</param>
    [Listed("opentrain credits top-up-status tu_123"), Endpoint("GET", "/credits/top-ups/{topUpId}", "payments:read", "credits/get-top-up", FeatureFlag = FeatureFlags.Credits)]
    public Task TopUpStatus([Argument] string? id = null, string? topUpId = null, bool wait = false, string? timeout = null, string? interval = null, CancellationToken cancellationToken = default)
    {
        var topUp = CommandArgs.RequireId(id, topUpId, "--top-up-id");
        if (WaitOptions.Parse(wait, timeout, interval) is not { } options) return context.RunAsync(CreditsTopUpStatusCommand.Operation(topUp), cancellationToken);
        return CreditsTopUpStatusCommand.WaitAsync(context, topUp, options, cancellationToken);
    }
}
