using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Team;

[RegisterCommands("team")]
internal sealed class InviteCommand
{
    /// <summary>Invite a member to the team by email.</summary>
    public Task Invite() => NotAvailable.Fail("team invite");
}
