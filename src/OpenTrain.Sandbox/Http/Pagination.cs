using System.Globalization;

namespace OpenTrain.Sandbox.Http;

/// <summary>Cursor pagination shared by every list endpoint: limit validation and "items after the cursor".</summary>
public static class Pagination
{
    /// <summary>The <c>limit</c> query parameter: default when absent, 400 <c>{field: "limit"}</c> when not an integer in 1..max.</summary>
    /// <param name="asIssues">Report as zod-style <c>details.issues</c> (messages) instead of <c>details.field</c>.</param>
    public static int Limit(ApiRequest request, int defaultLimit, int max, bool asIssues = false)
    {
        var raw = request.Query("limit");
        if (raw is null) return defaultLimit;
        if (!int.TryParse(raw, NumberStyles.Integer, CultureInfo.InvariantCulture, out var limit) || limit < 1 || limit > max)
        {
            var message = $"limit must be an integer between 1 and {max}.";
            throw asIssues ? ApiException.Invalid([new ValidationIssue("invalid_limit", "limit", message)]) : ApiException.BadField("limit", message);
        }
        return limit;
    }

    /// <summary>The page after <paramref name="cursor"/> (the key of the last item previously returned); unknown cursor → 400.</summary>
    public static (List<T> Items, string? NextCursor) Page<T>(IReadOnlyList<T> ordered, Func<T, string> key, string? cursor, int limit)
    {
        var start = 0;
        if (cursor is not null)
        {
            var index = -1;
            for (var i = 0; i < ordered.Count; i++)
            {
                if (key(ordered[i]) == cursor) { index = i; break; }
            }
            if (index < 0) throw ApiException.BadField("cursor", "cursor is not valid for this list.");
            start = index + 1;
        }
        var items = ordered.Skip(start).Take(limit).ToList();
        var next = start + items.Count < ordered.Count && items.Count > 0 ? key(items[^1]) : null;
        return (items, next);
    }
}
