using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Team;

[RegisterCommands("team")]
internal sealed class ShowCommand
{
    /// <summary>Show the organization, members and pending invites.</summary>
    public Task Show() => NotAvailable.Fail("team show");
}
