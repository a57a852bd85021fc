using System.Text.Json;
using System.Text.Json.Nodes;
using OpenTrain.Http;

namespace OpenTrain.Toolkit;

/// <summary>
/// <c>--all</c>: follows <c>nextCursor</c> to the last page. Human output renders each page as it
/// arrives as the rows of one table (one header, one empty message at most, no footer), or all pages at once for an operation that combines
/// them (<see cref="ApiOperation{T}.CombinePages"/>); <c>--json</c> prints one document: the first page
/// with the items of every page in its array and <c>nextCursor</c> null (numbers keep their text).
/// </summary>
internal static class AllPages
{
    public static async Task RunAsync<T>(CommandContext context, ApiConnection connection, ApiOperation<T> first, CancellationToken cancellationToken)
    {
        // Pages are GETs: a reader of stdout that leaves (`| head`) ends the paging at once, even mid-request.
        context.Terminal.WatchOutput();
        var (atCursor, items) = first.AllPages!.Value;
        JsonObject? merged = null;
        var output = context.HumanOutput();
        var shown = 0;
        var combined = !context.Global.Json && first.CombinePages is not null ? new List<T>() : null;
        // Pages streamed one by one still read as one table (header once); restored when this method returns.
        Table.Pages.Value = new Table.Continuation();
        for (var operation = first; ;)
        {
            var response = await connection.SendAsync(operation.Call, cancellationToken);
            var body = await operation.AfterAsync(connection, response, cancellationToken);
            var footer = operation.Paging!(response.Value);
            if (context.Global.Json) merged = Merge(merged, body, items);
            else if (combined is not null) combined.Add(response.Value);
            else if (footer.Count > 0 || shown == 0 && string.IsNullOrEmpty(footer.NextCursor))
            {
                if (footer.Count > 0) operation.Render(response.Value, output);
                else output.WriteLine(footer.EmptyMessage);
            }
            shown += footer.Count;
            if (string.IsNullOrEmpty(footer.NextCursor)) break;
            operation = atCursor(footer.NextCursor);
        }
        if (combined is not null)
        {
            var all = first.CombinePages!(combined);
            if (first.Paging!(all).Count > 0) first.Render(all, output);
            else output.WriteLine(first.Paging!(all).EmptyMessage);
        }
        if (merged is null) return;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer)) merged.WriteTo(writer);
        buffer.Position = 0;
        JsonOutput.CopyIndented(buffer, context.Terminal);
    }

    private static JsonObject Merge(JsonObject? merged, byte[] page, string items)
    {
        if (JsonNode.Parse(page) is not JsonObject next) throw OpenTrainApiException.InvalidResponse(200, "a page of the list is not a JSON object");
        if (merged is null)
        {
            if (next.ContainsKey("nextCursor")) next["nextCursor"] = null;
            return next;
        }
        if (merged[items] is JsonArray all && next[items] is JsonArray more)
        {
            foreach (var item in more.ToList())
            {
                more.Remove(item);
                all.Add(item);
            }
        }
        return merged;
    }
}
