using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Jobs.Draft;

[RegisterCommands("jobs draft")]
internal sealed class CreateCommand
{
    /// <summary>Create a job draft from a plain-text description.</summary>
    public Task Create() => NotAvailable.Fail("jobs draft create");
}
