using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Freelancers;

[RegisterCommands("freelancers")]
internal sealed class GetCommand
{
    /// <summary>Show an AI trainer's public profile.</summary>
    public Task Get() => NotAvailable.Fail("freelancers get");
}
