using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Team;

/// <summary><c>/team</c>: the employer organization's members and invites.</summary>
internal sealed class TeamClient(ApiConnection connection)
{
    public Task<ApiResponse<TeamResponse>> GetAsync(CancellationToken cancellationToken) =>
        connection.SendAsync(ApiRequest.Get($"{ApiPaths.Public}/team"), OpenTrainJson.Context.TeamResponse, cancellationToken);

    public Task<ApiResponse<TeamInviteResponse>> InviteAsync(string email, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Public}/team/invites", new TeamInviteRequest(email), OpenTrainJson.Context.TeamInviteRequest),
            OpenTrainJson.Context.TeamInviteResponse, cancellationToken);
}
