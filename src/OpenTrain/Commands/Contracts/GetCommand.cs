using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Contracts;

[RegisterCommands("contracts")]
internal sealed class GetCommand
{
    /// <summary>Show a contract with its milestones and budget.</summary>
    public Task Get() => NotAvailable.Fail("contracts get");
}
