using ConsoleAppFramework;
using OpenTrain.Cli;
using OpenTrain.Generated.Contracts;
using OpenTrain.Operations;

namespace OpenTrain.Commands.Team;

[RegisterCommands("team")]
internal sealed class ShowCommand(CommandContext context)
{
    /// <summary>Show the organization, its members and pending invites.</summary>
    public Task Show(ConsoleAppContext app, CancellationToken cancellationToken = default)
    {
        CommandArgs.RejectExtra(app);
        return context.RunAsync(Operation(), cancellationToken);
    }

    internal static ApiOperation<TeamResponse> Operation() => new(TeamApi.Get(), (response, output) => TeamOutput.Write(output, response.Team));
}
