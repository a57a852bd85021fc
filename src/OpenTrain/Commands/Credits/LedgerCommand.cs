using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Credits;

[RegisterCommands("credits")]
internal sealed class LedgerCommand
{
    /// <summary>List credit ledger entries.</summary>
    public Task Ledger() => NotAvailable.Fail("credits ledger");
}
