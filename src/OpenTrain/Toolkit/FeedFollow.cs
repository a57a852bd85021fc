using System.Text.Json;
using OpenTrain.Http;
using OpenTrain.Json;

namespace OpenTrain.Toolkit;

/// <summary>
/// A feed that <c>--follow</c> polls: the call for a position (a cursor, a time), the array whose
/// items are printed, how to print them for a human, the next position, and whether more is
/// already waiting (then the next poll is immediate).
/// </summary>
internal sealed record FollowedFeed<T>(
    Func<string?, ApiCall<T>> Poll,
    string Items,
    Action<T, TextWriter> WriteItems,
    Func<T, string?> Next,
    Func<T, bool> MoreWaiting,
    string Waiting)
{
    /// <summary>Set: each batch is handed to it instead of printed (it writes and saves what it wants; <c>webhooks listen</c>).</summary>
    public Func<ApiResponse<T>, CancellationToken, Task>? Consume { get; init; }
}

/// <summary>
/// <c>--follow</c> (<c>updates poll</c>, <c>jobs changes</c>): polls a feed for ever, printing each new
/// batch once as it arrives (with <c>--json</c> one compact JSON item per line, NDJSON, each exactly as
/// received). Transient failures are retried with back-off by <see cref="WaitLoop"/>. Ctrl-C stops it
/// between batches: a printed batch is never cut short and <paramref name="saved"/> has seen its position.
/// When the reader of standard output goes away (<c>| head -n 1</c>) it ends at once, even while the
/// feed is idle, with exit 0 and nothing on stderr; a batch it could not finish writing is not saved.
/// </summary>
internal static class FeedFollow
{
    /// <param name="saved">Called with the new position after each printed batch (e.g. a cursor file), or null.</param>
    public static async Task RunAsync<T>(CommandContext context, FollowedFeed<T> feed, string? position, TimeSpan interval,
        Action<string>? saved, CancellationToken cancellationToken)
    {
        var terminal = context.Terminal;
        var json = context.Global.Json;
        // NDJSON: a failure document (multi-line) must never be mixed into the stream.
        if (json) terminal.JsonWritten = true;
        using var connection = context.Connect(feed.Poll(position).Request.Authenticated);
        using var loop = new WaitLoop(context, timeout: null, interval, feed.Waiting);
        while (true)
        {
            var request = feed.Poll(position);
            var response = await loop.UntilAsync<ApiResponse<T>>(async ct => await connection.SendAsync(request, ct),
                () => new CliException("unreachable: --follow has no deadline"), cancellationToken);
            if (feed.Consume is { } consume) await consume(response, cancellationToken);
            else if (json) WriteLines(terminal.Out, response.Body, feed.Items);
            else feed.WriteItems(response.Value, terminal.Out);
            terminal.Out.Flush();
            if (feed.Next(response.Value) is { } next && next != position)
            {
                position = next;
                saved?.Invoke(next);
            }
            cancellationToken.ThrowIfCancellationRequested();
            if (!feed.MoreWaiting(response.Value)) await loop.PauseAsync(cancellationToken);
        }
    }

    /// <summary>Each item of the body's <paramref name="items"/> array exactly as received, one compact JSON document per line.</summary>
    private static void WriteLines(TextWriter output, byte[] body, string items)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty(items, out var array) || array.ValueKind != JsonValueKind.Array) return;
        foreach (var item in array.EnumerateArray()) output.WriteLine(JsonReindenter.Compact(item.GetRawText()));
    }
}
