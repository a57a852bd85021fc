using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class InviteCommand
{
    /// <summary>Invite an AI trainer to apply to a job.</summary>
    public Task Invite() => NotAvailable.Fail("jobs invite");
}
