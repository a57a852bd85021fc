using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Tokens;

[RegisterCommands("tokens")]
internal sealed class ListCommand
{
    /// <summary>List the account's API tokens.</summary>
    public Task List() => NotAvailable.Fail("tokens list");
}
