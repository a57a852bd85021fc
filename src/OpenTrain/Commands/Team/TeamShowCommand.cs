using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Team;

internal static class TeamShowCommand
{
    internal static ApiOperation<TeamResponse> Operation() => new(TeamRequests.Get(), (response, output) => TeamOutput.Write(output, response.Team));
}
