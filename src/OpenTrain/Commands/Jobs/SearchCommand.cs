using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Jobs;

[RegisterCommands("jobs")]
internal sealed class SearchCommand
{
    /// <summary>Search the public job marketplace (no token needed).</summary>
    public Task Search() => NotAvailable.Fail("jobs search");
}
