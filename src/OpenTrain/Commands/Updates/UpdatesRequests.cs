using System.Globalization;
using OpenTrain.Generated;
using OpenTrain.Http;

namespace OpenTrain.Commands.Updates;

/// <summary><c>GET /updates</c>: the account's event feed.</summary>
internal static class UpdatesRequests
{
    public static ApiCall<UpdatesPage> Poll(string? cursor, int? limit) => ApiRequest.Get($"{ApiPaths.Public}/updates", new("cursor", cursor), new("limit", limit?.ToString(CultureInfo.InvariantCulture))).Returning<UpdatesPage>();
}
