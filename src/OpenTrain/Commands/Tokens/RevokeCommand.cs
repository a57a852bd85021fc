using ConsoleAppFramework;
using OpenTrain.Cli;

namespace OpenTrain.Commands.Tokens;

[RegisterCommands("tokens")]
internal sealed class RevokeCommand
{
    /// <summary>Revoke an API token by id.</summary>
    public Task Revoke() => NotAvailable.Fail("tokens revoke");
}
