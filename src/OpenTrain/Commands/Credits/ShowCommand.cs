using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Credits;

[RegisterCommands("credits")]
internal sealed class ShowCommand
{
    /// <summary>Show the credit balance and recent entries.</summary>
    public Task Show() => NotAvailable.Fail("credits show");
}
