using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Team;

[RegisterCommands("team")]
internal sealed class TeamShowCommand(CommandContext context)
{
    /// <summary>Show the organization, its members and pending invites.</summary>
    [Listed(CommandGroup.Admin, "opentrain team show")]
    [Endpoint("GET", "/team", "team:read", "team/list", FeatureFlag = FeatureFlags.Team)]
    public Task Show(ConsoleAppContext app, CancellationToken cancellationToken = default) => context.RunAsync(app, Operation(), cancellationToken);

    internal static ApiOperation<TeamResponse> Operation() => new(TeamRequests.Get(), (response, output) => TeamOutput.Write(output, response.Team));
}
