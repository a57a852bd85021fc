using System.Globalization;
using System.Text.Json.Nodes;
using OpenTrain.Sandbox.Http;
using OpenTrain.Sandbox.State;
using OpenTrain.Sandbox.Views;

namespace OpenTrain.Sandbox.Endpoints;

/// <summary><c>GET /updates</c>: the account event feed, oldest first, filtered by the token's read scopes.</summary>
public static class UpdatesEndpoints
{
    private static readonly string[] FeedScopes = [Scopes.ProposalsRead, Scopes.MessagesRead, Scopes.PaymentsRead];

    public static void Map(ApiRoutes api) => api.Get("/updates", Poll);

    private static ApiResponse Poll(ApiRequest request)
    {
        var caller = request.Authenticate();
        if (!FeedScopes.Any(caller.Has))
            throw ApiException.Forbidden("The updates feed needs proposals:read, messages:read or payments:read.", new JsonObject
            {
                ["requiredScopes"] = JsonValues.Strings(FeedScopes),
                ["grantedScopes"] = JsonValues.Strings(caller.Token.Scopes),
            });
        var limit = Pagination.Limit(request, 50, 200);
        var cursorText = request.Query("cursor");
        long cursor = 0;
        if (cursorText is not null && (!long.TryParse(cursorText, NumberStyles.None, CultureInfo.InvariantCulture, out cursor)))
            throw ApiException.BadField("cursor", "cursor must be an event id from nextCursor.");

        var visible = request.State.Events
            .Where(e => e.AccountId == caller.Account.Id && e.Sequence > cursor && caller.Has(EventTypes.RequiredScope(e.Type)))
            .ToList();
        var page = visible.Take(limit).ToList();
        return ApiResponse.Ok(new JsonObject
        {
            ["events"] = JsonValues.Array(page.Select(e => (JsonNode?)EventViews.Event(e))),
            ["nextCursor"] = page.Count > 0 ? page[^1].Id : cursorText,
            ["hasMore"] = visible.Count > page.Count,
        });
    }
}
