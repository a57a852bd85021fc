using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Updates;

/// <summary>
/// <c>updates poll --follow</c>: the event feed on <see cref="FeedFollow"/>, one line per event, the
/// cursor saved after each printed batch. A full page (<c>hasMore</c>) is followed at once.
/// </summary>
internal static class UpdatesFollow
{
    public static Task RunAsync(CommandContext context, string? cursor, int? limit, TimeSpan interval, CursorFile? file, FeedStop stop,
        CancellationToken cancellationToken)
    {
        var feed = new FollowedFeed<UpdatesPage>(
            position => UpdatesRequests.Poll(position, limit), "events", page => [.. (page.Events ?? []).Select(UpdateEvents.Entry)],
            page => page.NextCursor, page => page.HasMore == true, "Waiting for new events", "--cursor");
        var start = file?.Read() ?? cursor;
        return FeedFollow.RunAsync(context, feed, start, interval, file is null ? null : file.Save, stop, cancellationToken);
    }
}
