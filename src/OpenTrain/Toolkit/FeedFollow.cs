using System.Text.Json;
using OpenTrain.Http;
using OpenTrain.Json;

namespace OpenTrain.Toolkit;

/// <summary>
/// A feed that <c>--follow</c> polls: the call for a position (a cursor, a time), the array whose
/// items are printed, those items as the stop conditions and a human see them (in the array's order),
/// the next position, whether more is already waiting (then the next poll is immediate), and the flag
/// that starts a later run at a position.
/// </summary>
internal sealed record FollowedFeed<T>(
    Func<string?, ApiCall<T>> Poll,
    string Items,
    Func<T, IReadOnlyList<FeedEntry>> Entries,
    Func<T, string?> Next,
    Func<T, bool> MoreWaiting,
    string Waiting,
    string ResumeFlag)
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
/// <see cref="FeedStop"/> narrows what is printed and ends the follow: exit 0 at the first <c>--until</c>
/// match or the <c>--max-events</c>th item (printed, and the position saved just past it: the items after
/// it in its batch come again next time), exit 1 (<c>TIMEOUT</c>) when <c>--timeout</c> passes first.
/// </summary>
internal static class FeedFollow
{
    /// <param name="saved">Called with the new position after each printed batch (e.g. a cursor file), or null.</param>
    public static async Task RunAsync<T>(CommandContext context, FollowedFeed<T> feed, string? position, TimeSpan interval,
        Action<string>? saved, FeedStop stop, CancellationToken cancellationToken)
    {
        var terminal = context.Terminal;
        var json = context.Global.Json;
        // NDJSON: a failure document (multi-line) must never be mixed into the stream.
        if (json) terminal.JsonWritten = true;
        using var connection = context.Connect(feed.Poll(position).Request.Authenticated);
        using var loop = new WaitLoop(context, stop.Timeout, interval, feed.Waiting) { ClearLineOnAnswer = true };
        var printed = 0;
        Exception TimedOut() => new CliException(TimeoutText(feed, stop, printed, position)) { Code = "TIMEOUT" };
        while (true)
        {
            var request = feed.Poll(position);
            var response = await loop.UntilAsync<ApiResponse<T>>(async ct => await connection.SendAsync(request, ct),
                TimedOut, cancellationToken, cutAtDeadline: stop.Timeout is not null);
            var entries = feed.Consume is null ? feed.Entries(response.Value) : [];
            if (feed.Consume is { } consume) await consume(response, cancellationToken);
            var lines = entries.Count == 0 ? [] : json ? Lines(response.Body, feed.Items) : [.. entries.Select(e => e.Line)];
            var last = -1;
            for (var i = 0; i < entries.Count && last < 0; i++)
            {
                if (!stop.Shows(entries[i])) continue;
                terminal.Out.WriteLine(lines[i]);
                printed++;
                if (stop.Until?.Matches(entries[i]) == true || printed == stop.MaxEvents) last = i;
            }
            terminal.Out.Flush();
            var next = last >= 0 ? entries[last].Position : feed.Next(response.Value);
            if (next is not null && next != position)
            {
                position = next;
                saved?.Invoke(next);
            }
            if (last >= 0) return;
            cancellationToken.ThrowIfCancellationRequested();
            if (feed.MoreWaiting(response.Value)) continue;
            if (loop.NextPollOverdue) throw TimedOut();
            await loop.PauseAsync(cancellationToken);
        }
    }

    private static string TimeoutText<T>(FollowedFeed<T> feed, FeedStop stop, int printed, string? position)
    {
        var what = stop.Until is { } until ? $"no {until}"
            : stop.MaxEvents is { } max ? $"{printed} of {max} events"
            : $"{printed} event{(printed == 1 ? "" : "s")}";
        var resume = position is null ? "" : $"; to go on from here, add {feed.ResumeFlag} {position}";
        return $"{what} within --timeout {stop.Timeout!.Value.TotalSeconds:0.###} s{resume}";
    }

    /// <summary>Each item of the body's <paramref name="items"/> array exactly as received, as one compact JSON document.</summary>
    private static List<string> Lines(byte[] body, string items)
    {
        using var document = JsonDocument.Parse(body);
        if (!document.RootElement.TryGetProperty(items, out var array) || array.ValueKind != JsonValueKind.Array) return [];
        return JsonItems.Map(array, item => JsonReindenter.Compact(item.GetRawText()));
    }
}
