using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Credits;

internal static class CreditsShowCommand
{
    internal static ApiOperation<CreditsResponse> Operation() => new(CreditsRequests.GetBalance(), Write);

    private static void Write(CreditsResponse response, TextWriter output)
    {
        var credits = response.Credits;
        new KeyValueBlock()
            .Add("Available", Money.FromCents(credits?.AvailableCents ?? 0))
            .Add("Reserved", Money.FromCents(credits?.ReservedCents ?? 0))
            .Add("Currency", credits?.Currency?.ToUpperInvariant())
            .WriteTo(output);
        output.WriteLine();
        if (credits?.RecentEntries is not { Count: > 0 } entries)
        {
            output.WriteLine($"No credit activity yet. Add credits: {CreditsTopUpStatusCommand.NewTopUp}");
            return;
        }
        output.WriteLine("Recent entries:");
        LedgerOutput.WriteTable(output, entries);
        output.WriteLine();
        output.WriteLine($"Full history: {new ShellCommand("opentrain credits ledger")}");
    }
}
