using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Team;

/// <summary><c>/team</c>: the employer organization's members and invites.</summary>
internal static class TeamRequests
{
    public static ApiCall<TeamResponse> Get() => ApiRequest.Get($"{ApiPaths.Public}/team").Returning<TeamResponse>();

    public static ApiCall<TeamInviteResponse> Invite(string email) => ApiRequest.Json(HttpMethod.Post, $"{ApiPaths.Public}/team/invites", new TeamInviteRequest(email), OpenTrainJson.Context.TeamInviteRequest).Returning<TeamInviteResponse>();
}
