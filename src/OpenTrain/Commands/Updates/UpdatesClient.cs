using System.Globalization;
using OpenTrain.Generated;
using OpenTrain.Generated.Contracts;
using OpenTrain.Http;

namespace OpenTrain.Commands.Updates;

/// <summary><c>GET /updates</c>: the account's event feed.</summary>
internal sealed class UpdatesClient(ApiConnection connection)
{
    public Task<ApiResponse<UpdatesPage>> PollAsync(string? cursor, int? limit, CancellationToken cancellationToken) =>
        connection.SendAsync(
            ApiRequest.Get($"{ApiPaths.Public}/updates", new("cursor", cursor), new("limit", limit?.ToString(CultureInfo.InvariantCulture))),
            OpenTrainJson.Context.UpdatesPage, cancellationToken);
}
