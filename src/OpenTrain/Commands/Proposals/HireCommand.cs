using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Proposals;

[RegisterCommands("proposals")]
internal sealed class HireCommand
{
    /// <summary>Request a hire; a signed-in human confirms it in the app.</summary>
    public Task Hire() => NotAvailable.Fail("proposals hire");
}
