using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Jobs.Draft;

[RegisterCommands("jobs draft")]
internal sealed class UpdateCommand
{
    /// <summary>Set fields on a job draft.</summary>
    public Task Update() => NotAvailable.Fail("jobs draft update");
}
