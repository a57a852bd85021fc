using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Proposals;

[RegisterCommands("proposals")]
internal sealed class GetCommand
{
    /// <summary>Show one proposal in full.</summary>
    public Task Get() => NotAvailable.Fail("proposals get");
}
