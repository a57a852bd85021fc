using OpenTrain.Cli;

namespace OpenTrain.Commands.Team;

[RegisterCommands("team")]
internal sealed class ShowCommand(CommandContext context)
{
    /// <summary>Show the organization, its members and pending invites.</summary>
    [Listed(CommandGroup.Admin, "opentrain team show")]
    [Endpoint("GET", "/team", "team:read", "team/list", FeatureFlag = FeatureFlags.Team)]
    public Task Show(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, Operation(), cancellationToken);

    internal static ApiOperation<TeamResponse> Operation() => new(TeamApi.Get(), (response, output) => TeamOutput.Write(output, response.Team));
}
