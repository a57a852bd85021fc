using OpenTrain.Toolkit;

namespace OpenTrain.Commands.Updates;

/// <summary>
/// <c>updates poll --follow</c>: the event feed on <see cref="FeedFollow"/>, one line per event, the
/// cursor saved after each printed batch. A full page (<c>hasMore</c>) is followed at once.
/// </summary>
internal static class UpdatesFollow
{
    public static Task RunAsync(CommandContext context, string? cursor, int? limit, TimeSpan interval, CursorFile? file, CancellationToken cancellationToken)
    {
        var feed = new FollowedFeed<UpdatesPage>(
            position => UpdatesRequests.Poll(position, limit), "events", WriteEvents,
            page => page.NextCursor, page => page.HasMore == true, "Waiting for new events");
        var start = file?.Read() ?? cursor;
        return FeedFollow.RunAsync(context, feed, start, interval, file is null ? null : file.Save, cancellationToken);
    }

    private static void WriteEvents(UpdatesPage page, TextWriter output)
    {
        foreach (var e in page.Events ?? [])
        {
            var ids = UpdatesPollCommand.Ids(e);
            output.WriteLine($"{e.CreatedAt}  {e.Type}  {e.Id}{(ids.Length == 0 ? "" : "  " + ids)}");
        }
    }
}
